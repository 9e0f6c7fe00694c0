// The iPad journeys (journeys/ipad.mjs) in WebKit, the engine of every browser on an iPad:
// Debian's WebKitGTK through WebKitWebDriver, against the same release dist/ as Chromium.
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';
import { journeys } from '../journeys/ipad.mjs';
import { ROOT } from '../support/paths.mjs';
import { JOURNEY_TIMEOUT_MS, runJourney } from '../support/tab.mjs';
import { WebKitTab } from '../support/webkit-tab.mjs';

let server;
let origin;
before(async () => {
  server = await serve(join(ROOT, 'dist'));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((done) => (server ? server.close(done) : done())));

/** Without a network: the server stops answering (open connections cut), then returns on its port. */
const network = {
  down: () => new Promise((done) => {
    server.close(done);
    server.closeAllConnections();
  }),
  up: () => new Promise((done) => server.listen(new URL(origin).port, '127.0.0.1', done)),
};

for (const journey of journeys) {
  test(`${journey.name} (WebKit)`, { timeout: JOURNEY_TIMEOUT_MS }, () => runJourney(journey, (viewport) => WebKitTab.open(origin, viewport, network)));
}
