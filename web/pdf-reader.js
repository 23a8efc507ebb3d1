// PlanLens's PDF reader: imported by the analysis worker (analysis-worker.js) on the first PDF
// opened, never before, so the first load carries none of it. It runs PDF.js (Mozilla's
// pdfjs-dist, Apache-2.0, pinned in package.json), served from the app's own origin: pdfjs/ next
// to this file holds pdf.min.mjs, its worker pdf.worker.min.mjs (a module worker of its own, so
// parsing runs off this worker's thread too), the packed CJK CMaps (cmaps/, which the Chinese CID
// fonts need) and the standard fonts' data; scripts/trunk-post-build.py copies them from
// node_modules into each build, and the service worker caches them on first use. PDF.js has no
// eval (the CSP stays strict).
//
// readPages(bytes, progress) gives each page's size and positioned text, `{ width, height, items:
// [{ text, x, top, width, height }] }` in points from the page's top left, calling progress(page,
// pages) after each page; the core rebuilds the plan text from them (pdfText). Errors carry a
// `code`: pdf_encrypted (a password is needed), pdf_damaged (PDF.js could not parse it).

const BASE = new URL("./pdfjs/", import.meta.url);

let pdfjs = null;

/** An Error with `code` for what went wrong with the PDF. */
function failure(e) {
  const code = e && e.name === "PasswordException" ? "pdf_encrypted" : "pdf_damaged";
  return Object.assign(new Error(String((e && e.message) || e)), { code });
}

/** One page's positioned text (see above). */
async function pageText(doc, n) {
  const page = await doc.getPage(n);
  const [x0, y0, x1, y1] = page.view;
  const content = await page.getTextContent();
  const items = [];
  for (const it of content.items) {
    if (typeof it.str !== "string" || !it.str.trim()) continue;
    const [a, b, c, d, e, f] = it.transform;
    const size = Math.hypot(c, d) || it.height || Math.hypot(a, b);
    items.push({ text: it.str, x: e - x0, top: y1 - f - size, width: it.width, height: size });
  }
  page.cleanup();
  return { width: x1 - x0, height: y1 - y0, items };
}

export async function readPages(bytes, progress) {
  pdfjs ||= await import("./pdfjs/pdf.min.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdf.worker.min.mjs", BASE).href;
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: new URL("cmaps/", BASE).href,
    cMapPacked: true,
    standardFontDataUrl: new URL("standard_fonts/", BASE).href,
    // fetched by PDF.js's own worker (this worker has no document to resolve URLs against)
    useWorkerFetch: true,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    throw failure(e);
  }
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      pages.push(await pageText(doc, n));
      progress(n, doc.numPages);
    }
    return pages;
  } catch (e) {
    throw failure(e);
  } finally {
    task.destroy();
  }
}
