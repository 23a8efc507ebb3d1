#!/usr/bin/env python3
"""Draws PlanLens's icons into web/icons/: a lens (a ring and its handle) over three bars of a
chart, white on the app's red. The SVG is the source; the PNGs (192 and 512 px, and a maskable 512
px one with the drawing inside the safe zone) are drawn from the same shapes with Pillow:

    target/py-venv/bin/pip install pillow && target/py-venv/bin/python scripts/make_icons.py
"""

import os

from PIL import Image, ImageDraw

RED = (0xB3, 0x26, 0x1E, 255)
WHITE = (255, 255, 255, 255)
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web", "icons")

# the drawing on a 100 × 100 grid: bars (x, top, bottom), the ring (centre, radius, width), the
# handle (from, to, width)
BARS = [(30, 56, 68), (41, 46, 68), (52, 38, 68)]
BAR_WIDTH = 7
RING = ((46, 52), 24, 6)
HANDLE = ((63, 69), (78, 84), 9)


def svg() -> str:
    bars = "".join(
        f'<rect x="{x - BAR_WIDTH / 2}" y="{top}" width="{BAR_WIDTH}" height="{bottom - top}" rx="1.5"/>'
        for x, top, bottom in BARS
    )
    (cx, cy), r, w = RING
    (x1, y1), (x2, y2), hw = HANDLE
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" rx="22" fill="#b3261e"/>'
        f'<g fill="#fff">{bars}</g>'
        f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="none" stroke="#fff" stroke-width="{w}"/>'
        f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#fff" stroke-width="{hw}" stroke-linecap="round"/>'
        "</svg>\n"
    )


def png(size: int, inset: float, rounded: bool) -> Image.Image:
    """The icon at `size` px, the drawing scaled into the middle `1 - 2 * inset` of it."""
    scale = 4  # drawn large, then reduced: smooth edges
    n = size * scale
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if rounded:
        d.rounded_rectangle([0, 0, n - 1, n - 1], radius=n * 0.22, fill=RED)
    else:
        d.rectangle([0, 0, n - 1, n - 1], fill=RED)
    k = n * (1 - 2 * inset) / 100
    o = n * inset

    def p(v):
        return o + v * k

    for x, top, bottom in BARS:
        d.rounded_rectangle(
            [p(x - BAR_WIDTH / 2), p(top), p(x + BAR_WIDTH / 2), p(bottom)], radius=1.5 * k, fill=WHITE
        )
    (cx, cy), r, w = RING
    d.ellipse([p(cx - r - w / 2), p(cy - r - w / 2), p(cx + r + w / 2), p(cy + r + w / 2)], fill=WHITE)
    d.ellipse([p(cx - r + w / 2), p(cy - r + w / 2), p(cx + r - w / 2), p(cy + r - w / 2)], fill=RED)
    # the bars show through the lens: draw them again inside the ring
    for x, top, bottom in BARS:
        d.rounded_rectangle(
            [p(x - BAR_WIDTH / 2), p(top), p(x + BAR_WIDTH / 2), p(bottom)], radius=1.5 * k, fill=WHITE
        )
    (x1, y1), (x2, y2), hw = HANDLE
    d.line([p(x1), p(y1), p(x2), p(y2)], fill=WHITE, width=int(hw * k))
    for x, y in ((x1, y1), (x2, y2)):
        d.ellipse([p(x - hw / 2), p(y - hw / 2), p(x + hw / 2), p(y + hw / 2)], fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    os.makedirs(HERE, exist_ok=True)
    with open(os.path.join(HERE, "icon.svg"), "w", encoding="utf-8") as f:
        f.write(svg())
    png(192, 0.0, True).save(os.path.join(HERE, "icon-192.png"), optimize=True)
    png(512, 0.0, True).save(os.path.join(HERE, "icon-512.png"), optimize=True)
    # maskable: a full square, the drawing within the middle 80%
    png(512, 0.1, False).save(os.path.join(HERE, "icon-maskable-512.png"), optimize=True)


if __name__ == "__main__":
    main()
