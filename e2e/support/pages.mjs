// Every page of the app, for the checks that visit them all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

/** Every page of the app: the router's paths (`scripts/static-routes.txt`, which a native test
 *  keeps equal to them) and its fallback; the pages of one record with the records of
 *  `WORKING_LIBRARY`, every tab of an institution, and a record that is not there. */
export function everyPage() {
  const records = {
    '/instellingen/instelling': ['?id=linde', ...[7, 8, 9, 10, 11, 12].map((n) => `?id=linde&stap=${n}`)],
    '/gesprekken/gesprek': ['?id=gesprek-start', '?id=gesprek-directie'],
    '/gesprekken/verslag': ['?id=gesprek-start'],
    '/instellingen/planningsformulier': ['?id=linde'],
    '/projectbeoordeling/activiteit': ['?id=project-voorleesexpress'],
    '/projectbeoordeling/beoordeling': ['?id=beoordeling-1'],
    '/projectbeoordeling/vergelijken': ['?ids=beoordeling-1,beoordeling-2'],
    // The leesconsulent typed on the school, a person since version 5.
    '/team/persoon': ['?id=persoon-ilse-de-vries'],
  };
  const paths = readFileSync(join(ROOT, 'scripts', 'static-routes.txt'), 'utf8').split('\n').filter(Boolean);
  const pages = paths.flatMap((path) => (records[path] ? [...records[path], '?id=weg'] : ['']).map((query) => path + query));
  return [...pages, '/bestaat-niet'];
}
