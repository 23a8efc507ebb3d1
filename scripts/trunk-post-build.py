#!/usr/bin/env python3
"""Trunk post_build hook (see Trunk.toml): finishes the staged index.html.

1. Content-Security-Policy: trunk injects an inline <script type="module"> that imports the
   wasm-bindgen JS and starts the wasm (and, under `trunk serve`, an inline auto-reload script).
   Its text depends on the hashed file names and --public-url, so the CSP in index.html carries
   the placeholder CSP_INLINE_SCRIPT_HASHES, replaced here by 'sha256-…' of each inline script.
   Fails (and so fails the build) unless the placeholder occurs exactly once.
2. The wasm <link rel="preload" as="fetch"> gets no `integrity`: Chromium ignores integrity on
   fetch preloads and warns about it on every load (crbug.com/981419), and the wasm-bindgen
   loader's own fetch carries none anyway. The JS module and CSS keep theirs.
"""

import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "CSP_INLINE_SCRIPT_HASHES"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
FETCH_PRELOAD = re.compile(r'<link rel="preload"[^>]*\bas="fetch"[^>]*>')
INTEGRITY_ATTR = re.compile(r'\s+integrity="[^"]*"')


def csp_hashes(html: str) -> list[str]:
    """The CSP source expressions for every inline script of `html`, in document order."""
    hashes = []
    for body in INLINE_SCRIPT.findall(html):
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return hashes


def finish(html: str) -> str:
    """Applies both steps to the text of index.html; raises ValueError if it cannot."""
    if html.count(PLACEHOLDER) != 1:
        raise ValueError(f"expected {PLACEHOLDER} exactly once")
    html = html.replace(PLACEHOLDER, " ".join(csp_hashes(html)))
    return FETCH_PRELOAD.sub(lambda m: INTEGRITY_ATTR.sub("", m.group(0)), html)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("trunk-post-build: TRUNK_STAGING_DIR is not set (run me as a trunk hook)", file=sys.stderr)
        return 2
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    try:
        html = finish(html)
    except ValueError as err:
        print(f"trunk-post-build: {path}: {err}", file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"trunk-post-build: CSP script hashes written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
