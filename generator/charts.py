"""Static SVG pictures drawn at build time: the actor network and articles per month per outlet.

No script, no third-party request: plain inline SVG whose colours come from Material's palette variables
(site_src/stylesheets/arsip.css), so it reads in light and dark mode. Every picture has a <title> and a
<desc> for screen readers, and its page also shows the same data as a table.
"""

from __future__ import annotations

import math
from html import escape

# Distinct hues readable on both Material's light and slate backgrounds (Tableau 10).
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac")


def _svg(width: int, height: int, title: str, description: str, body: list[str], ident: str) -> str:
    """One line per element and no blank line, so Markdown passes the block through untouched."""
    head = (f'<svg class="arsip-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'role="img" aria-labelledby="{ident}-title {ident}-desc">')
    return "\n".join([head, f'<title id="{ident}-title">{escape(title)}</title>',
                      f'<desc id="{ident}-desc">{escape(description)}</desc>', *body, "</svg>"])


LABEL_CHARACTERS = 24  # longer names are cut in the picture (the full name is the node's tooltip)
STRONGEST_TIES = 3  # edges drawn per actor: in a small corpus everybody appears with everybody


def strongest_ties(edges: list[tuple[str, str, int]], per_node: int = STRONGEST_TIES) -> list[tuple[str, str, int]]:
    """Each node's strongest edges (ties by name), so the picture shows a backbone, not a hairball."""
    by_node: dict[str, list[tuple[str, str, int]]] = {}
    for edge in edges:
        for node in edge[:2]:
            by_node.setdefault(node, []).append(edge)
    kept = set()
    for node in sorted(by_node):
        kept.update(sorted(by_node[node], key=lambda e: (-e[2], e[0], e[1]))[:per_node])
    return sorted(kept, key=lambda e: (e[0], e[1]))


def network(nodes: list[tuple[str, str, int, str]], edges: list[tuple[str, str, int]], ident: str, title: str,
            centre: str | None = None) -> str:
    """nodes: (id, label, size, page); edges: (id, id, weight). Nodes on a circle (the centre node in the
    middle), placed in the given order, so the same data always gives the same picture."""
    if not nodes:
        return ""
    edges = strongest_ties(edges) if centre is None else edges
    width, height = 760, 640
    cx, cy = width / 2, height / 2
    radius = min(cx, cy) - 150
    ring = [n for n in nodes if n[0] != centre]
    position = {}
    for k, node in enumerate(ring):
        angle = 2 * math.pi * k / max(1, len(ring)) - math.pi / 2
        position[node[0]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    if centre is not None:
        position[centre] = (cx, cy, 0.0)
    largest = max((w for _, _, w in edges), default=1)
    biggest = max(n[2] for n in nodes) or 1
    body = ['<g class="arsip-edges">']
    for a, b, weight in edges:
        if a in position and b in position:
            (x1, y1, _), (x2, y2, _) = position[a][:3], position[b][:3]
            body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                        f'stroke-width="{0.6 + 4 * weight / largest:.2f}"><title>{weight}</title></line>')
    body.append("</g>")
    body.append('<g class="arsip-nodes">')
    for ident_, full, size, _ in nodes:
        label = full if len(full) <= LABEL_CHARACTERS else full[: LABEL_CHARACTERS - 1].rstrip() + "…"
        x, y, angle = position[ident_]
        r = 5 + 11 * math.sqrt(size / biggest)
        if ident_ == centre:
            text = f'<text x="{x:.1f}" y="{y - r - 6:.1f}" text-anchor="middle">{escape(label)}</text>'
        else:
            # labels point away from the centre, so neighbours on the circle never overlap
            right = math.cos(angle) >= 0
            degrees = math.degrees(angle) if right else math.degrees(angle) + 180
            lx, ly = x + (r + 5) * math.cos(angle), y + (r + 5) * math.sin(angle)
            text = (f'<text x="{lx:.1f}" y="{ly:.1f}" dy="0.35em" text-anchor="{"start" if right else "end"}" '
                    f'transform="rotate({degrees:.1f} {lx:.1f} {ly:.1f})">{escape(label)}</text>')
        # No <a> inside the SVG: Material's instant navigation rewrites every link's href and fails on SVG links
        # (read-only href). The table beside each picture links the same actors.
        body.append(f'<g><title>{escape(full)}</title><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>{text}</g>')
    body.append("</g>")
    names = ", ".join(label for _, label, _, _ in nodes[:12])
    description = (f"{len(nodes)} aktor dan {len(edges)} hubungan terkuat; garis yang lebih tebal berarti lebih "
                   f"banyak artikel bersama. Aktor: {names}{' …' if len(nodes) > 12 else ''}.")
    return _svg(width, height, title, description, body, ident)


def monthly_bars(months: list[str], series: list[tuple[str, list[int]]], ident: str, title: str) -> str:
    """Stacked bars: one bar per month, one colour per outlet (series: (outlet, count per month))."""
    if not months:
        return ""
    totals = [sum(counts[k] for _, counts in series) for k in range(len(months))]
    top = max(totals) or 1
    width = max(420, 60 + 34 * len(months))
    legend_rows = math.ceil(len(series) / 3)
    height = 260 + 20 * legend_rows
    plot_left, plot_bottom, plot_height = 44, 200, 170
    step = (width - plot_left - 10) / len(months)
    bar = min(26.0, step * 0.7)
    body = ['<g class="arsip-axis">',
            f'<line x1="{plot_left}" y1="{plot_bottom}" x2="{width - 10}" y2="{plot_bottom}"/>',
            f'<text x="{plot_left - 6}" y="{plot_bottom - plot_height + 4}" text-anchor="end">{top}</text>',
            f'<text x="{plot_left - 6}" y="{plot_bottom + 4}" text-anchor="end">0</text>', "</g>"]
    for k, month in enumerate(months):
        x = plot_left + step * k + (step - bar) / 2
        y = plot_bottom
        for colour, (outlet, counts) in zip(_cycle(PALETTE), series):
            if counts[k]:
                h = plot_height * counts[k] / top
                y -= h
                body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}">'
                            f'<title>{escape(month)} · {escape(outlet)}: {counts[k]}</title></rect>')
        if len(months) <= 24 or k % max(1, len(months) // 24) == 0:
            body.append(f'<text class="arsip-label" x="{x + bar / 2:.1f}" y="{plot_bottom + 14}" '
                        f'text-anchor="end" transform="rotate(-45 {x + bar / 2:.1f} {plot_bottom + 14})">'
                        f'{escape(month)}</text>')
    for n, (colour, (outlet, _)) in enumerate(zip(_cycle(PALETTE), series)):
        lx, ly = 10 + (n % 3) * (width - 20) / 3, 250 + 20 * (n // 3)
        body.append(f'<rect x="{lx:.1f}" y="{ly - 10}" width="12" height="12" fill="{colour}"/>'
                    f'<text class="arsip-label" x="{lx + 17:.1f}" y="{ly}">{escape(outlet)}</text>')
    description = "; ".join(f"{month}: {total}" for month, total in zip(months, totals))
    return _svg(width, height, title, f"Jumlah artikel per bulan. {description}.", body, ident)


def _cycle(items):
    while True:
        yield from items
