// After `trunk build`: minifies the wasm-bindgen JS glue (Trunk's own minifier gives up on
// it), locks the page down with a Content-Security-Policy, puts the app's page at every
// route (so a reload works on any static file server), and writes the service worker with
// this build's file list.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, process.argv[2] ?? 'dist');

const sha256 = (text) => createHash('sha256').update(text).digest('base64');

function contentSecurityPolicy(html) {
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '');
  const hashes = inline.map((body) => `'sha256-${sha256(body)}'`).join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function withPolicy(html) {
  if (html.includes('Content-Security-Policy')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
  // Trunk's minifier drops the quotes: match both forms, and never ship without a policy.
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (!charset.test(html)) throw new Error('postbuild: no <meta charset> in index.html to put the CSP after');
  return html.replace(charset, (tag) => `${tag}${meta}`);
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Minifies the JS glue in place and updates its Subresource Integrity hash in the page.
async function minifyGlue(html) {
  const glue = readdirSync(dist).filter((name) => /^ouderpartnerschap-[0-9a-f]+\.js$/.test(name));
  if (glue.length !== 1) throw new Error(`postbuild: expected one JS glue file, found ${glue.length}`);
  const path = join(dist, glue[0]);
  const before = readFileSync(path, 'utf8');
  const { code } = await minify(before, { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, code);
  const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  const old = integrity(before);
  if (!html.includes(old)) throw new Error('postbuild: the JS glue has no integrity hash in index.html');
  return html.replace(old, integrity(code));
}

const indexPath = join(dist, 'index.html');
const html = withPolicy(await minifyGlue(readFileSync(indexPath, 'utf8')));
writeFileSync(indexPath, html);

const routes = readFileSync(join(root, 'scripts', 'static-routes.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && line !== '/');
// The app's own page at every route, so that a reload of a deep link (or a bookmark) on a
// plain static file server loads the app at once: one document, its query string kept.
// Its asset addresses start at the root, so the copy works at any depth.
const routeCopies = new Set(routes.map((route) => join(dist, route, 'index.html')));
for (const copy of routeCopies) {
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, html);
}

const swPath = join(dist, 'sw.js');
const appFiles = filesUnder(dist)
  .filter((path) => !routeCopies.has(path) && path !== swPath)
  .sort();
const files = appFiles.map((path) => '/' + relative(dist, path).split(sep).join('/'));
const version = createHash('sha256');
for (const path of appFiles) version.update(readFileSync(path));
const worker = readFileSync(join(root, 'web', 'sw.js'), 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(files));
writeFileSync(swPath, (await minify(worker, { compress: { passes: 2 }, mangle: true })).code);

console.log(`postbuild: CSP set, ${routeCopies.size} route pages, service worker caches ${files.length} files`);
