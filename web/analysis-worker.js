// PlanLens's analysis worker: runs the JS API (crates/planlens-js, the same module other pages
// import) off the page's main thread. A module worker from the page's own origin and folder, so it
// loads under the page's strict CSP (worker-src falls back to script-src 'self') and under any
// --public-url; the service worker caches it with the rest of the app.
//
// Messages in:  { id, op: "analyse", text, name }   → { id, value: the Document's JSON text in
//                                                     parts: [head, targets…] (planlens_core::parts) }
//               { id, op: "pdf", bytes, name }      → { id, progress: { page, pages } } after each
//                                                     page, then { id, value: text }: the plan text
//                                                     the core rebuilds from the pages' positioned
//                                                     text (pdfText); see pdf-reader.js
//               { id, op: "encodeLink", json }   → { id, value: fragment }: a share link for the
//                                                     view's JSON text (the app's share panel)
//               { id, op: "decodeLink", link }   → { id, value: JSON text of {Ok: view} or
//                                                     {Err: LinkError} } (the app opening a link)
//               { id, op: "trap" }                  → the wasm traps (`unreachable`): the page's
//                                                     crash handling is tested with this poisoned message
// An error thrown by the API comes back as { id, error, code }; a wasm trap is not caught here:
// it is thrown again outside any promise, so the page sees the worker's `error` event, ends this
// worker and starts a new one (a trapped instance is not trusted again).
import init, { __analyseParts, pdfText, __encodeLinkJson, __decodeLinkJson, __trap, __warm } from "./planlens-js.js";

const ready = init();

/** Whether a job has run (then there is nothing to warm for), and a trap while warming. */
let ran = false;
let warmTrap = null;

// Warming: the first analysis in a fresh worker runs the wasm in the browser's baseline tier and
// builds the core's tables, several times slower than later ones (a 100,000-character plan
// about 390 ms against 60). Once started and idle (a job already waiting runs first: its
// message's callback is queued before this timer), the worker analyses a few short plans, so
// that the optimising tier compiles the hot code before the user's first plan arrives. A trap
// there is reported with the next job, as the crash it is (the page starts a new worker).
ready.then(() => setTimeout(() => {
  if (ran) return;
  try {
    __warm();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) warmTrap = e;
  }
}), () => {});

/** The PDF reader, imported on the first PDF only (it loads PDF.js). */
let pdfReader = null;

function run(data) {
  switch (data.op) {
    case "analyse":
      return __analyseParts(data.text, data.name || undefined);
    case "pdf":
      pdfReader ||= import("./pdf-reader.js");
      return pdfReader.then(
        (reader) => reader.readPages(data.bytes, (page, pages) =>
          self.postMessage({ id: data.id, progress: { page, pages } })),
        (e) => {
          pdfReader = null; // tried again with the next PDF
          throw Object.assign(new Error(`the PDF reader did not load: ${(e && e.message) || e}`), {
            code: "pdf_reader",
          });
        },
      ).then((pages) => pdfText(pages));
    case "encodeLink":
      return __encodeLinkJson(data.json);
    case "decodeLink":
      return __decodeLinkJson(data.link);
    case "trap":
      return __trap();
    default:
      throw Object.assign(new Error(`unknown op ${data.op}`), { code: "bad_op" });
  }
}

function fail(data, e) {
  if (e instanceof WebAssembly.RuntimeError) {
    setTimeout(() => {
      throw e;
    });
    return;
  }
  self.postMessage({ id: data.id, error: String((e && e.message) || e), code: (e && e.code) || "error" });
}

self.addEventListener("message", (event) => {
  const data = event.data;
  ready.then(() => {
    ran = true;
    if (warmTrap) {
      fail(data, warmTrap);
      return;
    }
    let value;
    try {
      value = run(data);
    } catch (e) {
      fail(data, e);
      return;
    }
    if (value instanceof Promise) {
      value.then((v) => self.postMessage({ id: data.id, value: v }), (e) => fail(data, e));
      return;
    }
    self.postMessage({ id: data.id, value });
  }, (e) => setTimeout(() => {
    throw e;
  }));
});
