// PlanLens's service worker: after one visit the page opens and analyses with the network off.
// scripts/trunk-post-build.py writes it into each release build with that build's VERSION and
// ASSETS (the hashed files trunk made, relative to this file).
//
// - install: cache every asset of this version (one cache per version);
// - activate: drop the caches of other versions, take control of open pages;
// - page loads (navigations): network first, so a new version is seen at once; the cached page
//   when offline;
// - everything else of this origin: the cache first (the files are content-hashed), else the
//   network; the PDF reader (pdf-reader.js, pdfjs/: loaded only when a PDF is opened) is not
//   precached but cached when first fetched;
// - a new version waits until the page asks it to take over ('skip-waiting'), which the page
//   does when the user chooses to reload: code is never swapped under the user.
const VERSION = "__PLANLENS_VERSION__";
const ASSETS = __PLANLENS_ASSETS__;
const CACHE = `planlens-${VERSION}`;
const PAGE = new URL("./", self.location).href;
// cached on first use: the PDF reader and PDF.js
const LAZY = /\/(pdf-reader\.js|pdfjs\/.*)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([PAGE, ...ASSETS])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith("planlens-") && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(PAGE, copy)));
          }
          return response;
        })
        .catch(() => caches.match(PAGE, { cacheName: CACHE })),
    );
    return;
  }
  const lazy = LAZY.test(new URL(request.url).pathname);
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (lazy && response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
          }
          return response;
        }),
    ),
  );
});
