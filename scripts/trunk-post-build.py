#!/usr/bin/env python3
"""Trunk post_build hook (see Trunk.toml): finishes the staged index.html.

1. Content-Security-Policy: trunk injects an inline <script type="module"> that imports the
   wasm-bindgen JS and starts the wasm. Its text depends on the hashed file names and
   --public-url, so the CSP in index.html carries the placeholder CSP_INLINE_SCRIPT_HASHES,
   replaced here by 'sha256-…' of each inline script. Fails (and so fails the build) unless the
   placeholder occurs exactly once.
2. Under `trunk serve`, trunk also injects an inline live-reload script whose text the dev
   server rewrites per request (it fills in the Host header), so no hash can match it. It is
   moved to trunk-autoreload.js (allowed by 'self'), with the address taken from
   window.location.host and the WebSocket base from the public URL, as trunk would fill them.
3. The wasm <link rel="preload" as="fetch"> gets no `integrity`: Chromium ignores integrity on
   fetch preloads and warns about it on every load (crbug.com/981419), and the wasm-bindgen
   loader's own fetch carries none anyway. The JS module and CSS keep theirs.
4. The service worker: web/sw.js written as sw.js with this build's version (a hash of every
   staged file) and the files to cache (the app's, the analysis worker and the JS API it runs;
   not the API's declarations and example page). A debug build (`trunk serve`) gets a service worker that removes itself, so that
   development never runs from a cache.
5. PDF.js (npm pdfjs-dist, pinned in package.json) copied from node_modules into pdfjs/: the
   library and its worker (the minified modern builds), the packed CJK CMaps and the standard
   fonts' data. web/pdf-reader.js imports it when the first PDF is opened; none of it is in the
   first load, and the service worker caches these files on first use, not at install.
6. The page's split modules (release builds by scripts/build-release.sh): scripts/split/wasm-bindgen
   left the modules of the views loaded on first use and their loader __wasm_split.js in
   $PLANLENS_SPLIT_OUT; they are copied next to the page's JS, the loader importing that JS
   under the name trunk gave it (`planlens-app-<hash>.js`), before the service worker lists the
   files to cache. A page whose JS imports the loader with no split modules to copy fails the
   build.
"""

import base64
import hashlib
import json
import os
import re
import shutil
import sys
from urllib.parse import urlparse

PLACEHOLDER = "CSP_INLINE_SCRIPT_HASHES"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
FETCH_PRELOAD = re.compile(r'<link rel="preload"[^>]*\bas="fetch"[^>]*>')
INTEGRITY_ATTR = re.compile(r'\s+integrity="[^"]*"')
AUTORELOAD_MARK = "{{__TRUNK_WS_BASE__}}"
AUTORELOAD_FILE = "trunk-autoreload.js"


def externalise_autoreload(html: str, public_url: str) -> tuple[str, str | None]:
    """Moves trunk serve's inline live-reload script to a file; returns (html, file text)."""
    for m in INLINE_SCRIPT.finditer(html):
        body = m.group(1)
        if AUTORELOAD_MARK not in body:
            continue
        base = urlparse(public_url).path or "/"
        if not base.endswith("/"):
            base += "/"
        script = body.replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host").replace(
            AUTORELOAD_MARK, base
        )
        tag = f'<script src="{base}{AUTORELOAD_FILE}"></script>'
        return html[: m.start()] + tag + html[m.end() :], script
    return html, None


def csp_hashes(html: str) -> list[str]:
    """The CSP source expressions for every inline script of `html`, in document order."""
    hashes = []
    for body in INLINE_SCRIPT.findall(html):
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return hashes


def finish(html: str, public_url: str) -> tuple[str, str | None]:
    """Applies the three steps to index.html; returns it and the live-reload script, if any.
    Raises ValueError if the CSP placeholder is not there exactly once."""
    if html.count(PLACEHOLDER) != 1:
        raise ValueError(f"expected {PLACEHOLDER} exactly once")
    html, autoreload = externalise_autoreload(html, public_url)
    html = html.replace(PLACEHOLDER, " ".join(csp_hashes(html)))
    html = FETCH_PRELOAD.sub(lambda m: INTEGRITY_ATTR.sub("", m.group(0)), html)
    return html, autoreload


SW_TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web", "sw.js")
SW_FILE = "sw.js"
# what the service worker does not cache: itself, the page (cached apart), the JS API's
# declarations and its example page, the dev server's script (the JS API's module and wasm are
# cached: the analysis worker runs them)
NOT_CACHED = re.compile(
    r"^(sw\.js|index\.html|planlens-js.*\.d\.ts|api-example\..*|trunk-autoreload\.js|"
    r"pdf-reader\.js|pdfjs/.*)$"
)
PDFJS_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "node_modules", "pdfjs-dist")
PDFJS_DIR = "pdfjs"
# what of pdfjs-dist is served: (path in the package, path under pdfjs/)
PDFJS_FILES = [
    ("build/pdf.min.mjs", "pdf.min.mjs"),
    ("build/pdf.worker.min.mjs", "pdf.worker.min.mjs"),
    ("LICENSE", "LICENSE"),
    ("cmaps", "cmaps"),
    ("standard_fonts", "standard_fonts"),
]


def copy_pdfjs(staging: str) -> None:
    """Copies PDF.js into staging/pdfjs/ (see step 5); raises FileNotFoundError if npm has not
    installed pdfjs-dist."""
    target = os.path.join(staging, PDFJS_DIR)
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    for src, dst in PDFJS_FILES:
        src = os.path.join(PDFJS_SOURCE, src)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(target, dst))
        else:
            shutil.copyfile(src, os.path.join(target, dst))
SELF_REMOVING_SW = "self.addEventListener('install', () => self.skipWaiting());\n" \
    "self.addEventListener('activate', () => self.registration.unregister());\n"


def service_worker(staging: str, release: bool) -> str:
    """The text of sw.js for the files in `staging`."""
    if not release:
        return SELF_REMOVING_SW
    files = []
    for root, _, names in os.walk(staging):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
            files.append(rel)
    files.sort()
    version = hashlib.sha256()
    for rel in files:
        with open(os.path.join(staging, rel), "rb") as f:
            version.update(rel.encode() + b"\0" + hashlib.sha256(f.read()).digest())
    assets = [rel for rel in files if not NOT_CACHED.match(rel)]
    with open(SW_TEMPLATE, encoding="utf-8") as f:
        template = f.read()
    return template.replace("__PLANLENS_VERSION__", version.hexdigest()[:16]).replace(
        "__PLANLENS_ASSETS__", json.dumps(assets)
    )


SPLIT_LOADER = "__wasm_split.js"
PAGE_JS = re.compile(r"^planlens-app-[0-9a-f]+\.js$")


def copy_split(staging: str, split_out: str | None) -> None:
    """Copies the page's split modules and their loader into `staging` (see step 6); raises
    ValueError when the page's JS and the split output do not go together."""
    page_js = [n for n in os.listdir(staging) if PAGE_JS.match(n)]
    if len(page_js) != 1:
        raise ValueError(f"expected one planlens-app-<hash>.js in {staging}, found {page_js}")
    with open(os.path.join(staging, page_js[0]), encoding="utf-8") as f:
        imports_loader = SPLIT_LOADER in f.read()
    loader = os.path.join(split_out, SPLIT_LOADER) if split_out else None
    if not imports_loader:
        return
    if not loader or not os.path.exists(loader):
        raise ValueError(f"{page_js[0]} imports {SPLIT_LOADER} but no split modules were built")
    with open(loader, encoding="utf-8") as f:
        text = f.read()
    if '"./planlens-app.js"' not in text:
        raise ValueError(f"{loader}: no import of ./planlens-app.js to point at {page_js[0]}")
    with open(os.path.join(staging, SPLIT_LOADER), "w", encoding="utf-8") as f:
        f.write(text.replace('"./planlens-app.js"', f'"./{page_js[0]}"'))
    for name in sorted(os.listdir(split_out)):
        if name.endswith(".wasm"):
            shutil.copyfile(os.path.join(split_out, name), os.path.join(staging, name))


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("trunk-post-build: TRUNK_STAGING_DIR is not set (run me as a trunk hook)", file=sys.stderr)
        return 2
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    try:
        html, autoreload = finish(html, os.environ.get("TRUNK_PUBLIC_URL", "/"))
    except ValueError as err:
        print(f"trunk-post-build: {path}: {err}", file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    if autoreload is not None:
        with open(os.path.join(staging, AUTORELOAD_FILE), "w", encoding="utf-8") as f:
            f.write(autoreload)
    try:
        copy_pdfjs(staging)
    except FileNotFoundError as err:
        print(f"trunk-post-build: PDF.js missing (run scripts/setup.sh, which runs npm ci): {err}", file=sys.stderr)
        return 1
    try:
        copy_split(staging, os.environ.get("PLANLENS_SPLIT_OUT"))
    except ValueError as err:
        print(f"trunk-post-build: split modules: {err}", file=sys.stderr)
        return 1
    release = os.environ.get("TRUNK_PROFILE", "debug") == "release"
    with open(os.path.join(staging, SW_FILE), "w", encoding="utf-8") as f:
        f.write(service_worker(staging, release))
    print(f"trunk-post-build: CSP script hashes written to {path}; {SW_FILE} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
