// Service worker of Ouderpartnerschap. scripts/postbuild.mjs fills in the build's files and
// version, so every release gets a cache of its own and old caches are removed.
// It caches the app's own files only; user data lives in localStorage and is never touched.
const CACHE = 'ouderpartnerschap-__VERSION__';
const FILES = __FILES__;
const NETWORK_WAIT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ouderpartnerschap-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Pages: the network first (so an update shows at once), the cached app when offline or slow.
function page(request) {
  const cached = () => caches.match('/index.html', { cacheName: CACHE });
  const network = fetch(request).then((response) => (response.ok ? response : cached()));
  const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS)).then(cached);
  return Promise.race([network, slow]).catch(cached).then((response) => response || network);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  // Files carry a content hash in their name: the cached copy is always the right one.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
