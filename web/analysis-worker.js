// PlanLens's analysis worker: runs the JS API (crates/planlens-js, the same module other pages
// import) off the page's main thread. A module worker from the page's own origin and folder, so it
// loads under the page's strict CSP (worker-src falls back to script-src 'self') and under any
// --public-url; the service worker caches it with the rest of the app.
//
// Messages in:  { id, op: "analyse", text, name }   → { id, value: Document } (serde-wasm-bindgen)
//               { id, op: "trap" }                  → the wasm traps (`unreachable`): the page's
//                                                     crash handling is tested with this poisoned message
// An error thrown by the API comes back as { id, error, code }; a wasm trap is not caught here:
// it is thrown again outside any promise, so the page sees the worker's `error` event, ends this
// worker and starts a new one (a trapped instance is not trusted again).
import init, { analyse, __trap } from "./planlens-js.js";

const ready = init();

function run(data) {
  switch (data.op) {
    case "analyse":
      return analyse(data.text, data.name || undefined);
    case "trap":
      return __trap();
    default:
      throw Object.assign(new Error(`unknown op ${data.op}`), { code: "bad_op" });
  }
}

self.addEventListener("message", (event) => {
  const data = event.data;
  ready.then(() => {
    let value;
    try {
      value = run(data);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        setTimeout(() => {
          throw e;
        });
        return;
      }
      self.postMessage({ id: data.id, error: String((e && e.message) || e), code: (e && e.code) || "error" });
      return;
    }
    self.postMessage({ id: data.id, value });
  }, (e) => setTimeout(() => {
    throw e;
  }));
});
