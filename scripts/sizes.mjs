// Measures dist/: every file raw, gzip (-9) and brotli (max), and the totals.
//   node scripts/sizes.mjs [dist] [--max-gzip-kb N]   fails when all of dist/ exceeds N KB gzip
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--max-gzip-kb');
const limitKb = limitAt >= 0 ? Number(args[limitAt + 1]) : null;
const dist = args.find((a, i) => !a.startsWith('--') && i !== limitAt + 1) ?? 'dist';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const rows = filesUnder(dist).map((path) => {
  const bytes = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
rows.sort((a, b) => b.gzip - a.gzip);

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
// Route pages only send the browser on to the app; a reload loads one of them, never all.
const routeCopy = (row) => row.file !== 'index.html' && row.file.endsWith('index.html');
const app = rows.filter((row) => !routeCopy(row));

console.log(`${'file'.padEnd(48)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const row of app) console.log(`${row.file.padEnd(48)}${kb(row.raw)} ${kb(row.gzip)}${kb(row.brotli)}`);
const copies = rows.filter(routeCopy);
console.log(`${`(${copies.length} route pages)`.padEnd(48)}${kb(sum(copies, 'raw'))} ${kb(sum(copies, 'gzip'))}${kb(sum(copies, 'brotli'))}`);
console.log(`${'app files (one visit loads these)'.padEnd(48)}${kb(sum(app, 'raw'))} ${kb(sum(app, 'gzip'))}${kb(sum(app, 'brotli'))}`);
const total = { raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip'), brotli: sum(rows, 'brotli') };
console.log(`${'all of dist/'.padEnd(48)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);

if (limitKb !== null) {
  if (total.gzip > limitKb * 1000) {
    console.error(`dist/ is ${kb(total.gzip).trim()} KB gzip, over the budget of ${limitKb} KB`);
    process.exit(1);
  }
  console.log(`size budget: ${kb(total.gzip).trim()} KB gzip of ${limitKb} KB allowed`);
}
