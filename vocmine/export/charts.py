"""Inline SVG charts for the HTML report: no JavaScript, no network, no plotting library.

Every function returns one ``<svg class="chart">`` element as text. Marks carry a
``<title>`` so a browser shows the exact value on hover, and ``data-mark`` so a
test (or the report's own check) can count what was drawn.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape

SENTIMENT_COLOURS: dict[str, str] = {
    "negative": "#d1495b",
    "neutral": "#a3adb8",
    "positive": "#2e9e6a",
}
"""Colour of each sentiment label in every chart."""

PALETTE: tuple[str, ...] = (
    "#2f6fb5",
    "#e07b39",
    "#3a9d8f",
    "#c44e8a",
    "#7a5cc4",
    "#8c9a2b",
    "#d4a017",
    "#5a6e7f",
)
"""Series colours, in order."""

FONT = "font-family=\"system-ui, 'Segoe UI', Roboto, Arial, sans-serif\""
AXIS = "#5b6570"
GRID = "#e6e9ed"


def _fmt(value: float) -> str:
    """Return a compact coordinate (two decimals at most)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _svg(width: int, height: int, label: str, body: list[str]) -> str:
    return (
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" style="max-width:{width}px;display:block" role="img" aria-label="{escape(label)}" {FONT} font-size="12">'
        + "".join(body)
        + "</svg>"
    )


def _nice_max(value: float) -> float:
    """Return a round axis maximum at or above ``value``."""
    if value <= 0:
        return 1.0
    exponent = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exponent:
            return step * exponent
    return 10 * exponent


def _ticks(low: float, high: float, count: int = 0) -> list[float]:
    if not count:
        span = high - low
        count = next((c for c in (4, 5, 2) if abs(span / c - round(span / c)) < 1e-9), 4)
        if span <= 2:
            count = 4
    step = (high - low) / count
    return [low + i * step for i in range(count + 1)]


def _tick_label(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return str(int(round(value)))
    return f"{value:.2f}".rstrip("0")


def _legend(items: Sequence[tuple[str, str]], x: float, y: float) -> list[str]:
    out, cursor = [], x
    for name, colour in items:
        out.append(
            f'<rect x="{_fmt(cursor)}" y="{_fmt(y - 9)}" width="10" height="10" rx="2" '
            f'fill="{colour}"/><text x="{_fmt(cursor + 14)}" y="{_fmt(y)}" fill="{AXIS}">'
            f"{escape(name)}</text>"
        )
        cursor += 28 + 6.6 * len(name)
    return out


def stacked_bars(
    x_labels: Sequence[str],
    series: Mapping[str, Sequence[float]],
    colours: Mapping[str, str],
    label: str,
    line: Sequence[float | None] | None = None,
    line_name: str = "",
    line_range: tuple[float, float] = (-1.0, 1.0),
    width: int = 1100,
    height: int = 280,
) -> str:
    """Return stacked vertical bars per x value, optionally with a line on a right axis.

    Args:
        x_labels: One label per bar (e.g. ISO weeks).
        series: Name -> one value per bar, stacked in the given order.
        colours: Name -> fill colour.
        label: Accessible name of the chart.
        line: Optional values drawn as a line against ``line_range`` (right axis).
        line_name: Legend name of the line.
        line_range: Bottom and top of the right axis.
        width: ViewBox width.
        height: ViewBox height.
    """
    left, right, top, bottom = 44, 48 if line is not None else 16, 26, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(values[i] for values in series.values()) for i in range(len(x_labels))]
    y_max = _nice_max(max(totals, default=0))
    if y_max < 4:
        y_max = 4.0  # counts: whole-number ticks
    body = []
    for tick in _ticks(0, y_max):
        y = top + plot_h - tick / y_max * plot_h
        body.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{_fmt(y)}" y2="{_fmt(y)}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{_fmt(y + 4)}" text-anchor="end" fill="{AXIS}">'
            f"{_tick_label(tick)}</text>"
        )
    slot = plot_w / max(1, len(x_labels))
    bar_w = min(46.0, slot * 0.7)
    every = max(1, math.ceil(len(x_labels) / 12))
    for i, x_label in enumerate(x_labels):
        x = left + i * slot + (slot - bar_w) / 2
        base: float = top + plot_h
        for name, values in series.items():
            value = float(values[i])
            if value <= 0:
                continue
            h = value / y_max * plot_h
            base -= h
            body.append(
                f'<rect data-mark="bar" x="{_fmt(x)}" y="{_fmt(base)}" width="{_fmt(bar_w)}" '
                f'height="{_fmt(h)}" fill="{colours[name]}"><title>{escape(x_label)}: '
                f"{escape(name)} {_tick_label(value)}</title></rect>"
            )
        if i % every == 0:
            body.append(
                f'<text x="{_fmt(left + i * slot + slot / 2)}" y="{height - bottom + 16}" '
                f'text-anchor="middle" fill="{AXIS}">{escape(x_label)}</text>'
            )
    legend = [(name, colours[name]) for name in series]
    if line is not None:
        low, high = line_range
        points = []
        for i, line_value in enumerate(line):
            if line_value is None or (isinstance(line_value, float) and math.isnan(line_value)):
                continue
            x = left + i * slot + slot / 2
            y = top + plot_h - (float(line_value) - low) / (high - low) * plot_h
            points.append((x, y, float(line_value), x_labels[i]))
        if points:
            path = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y, _, _ in points)
            body.append(
                f'<polyline data-mark="line" points="{path}" fill="none" stroke="#1f2d3d" '
                'stroke-width="2"/>'
            )
            body += [
                f'<circle data-mark="point" cx="{_fmt(x)}" cy="{_fmt(y)}" r="3.5" fill="#1f2d3d">'
                f"<title>{escape(xl)}: {escape(line_name)} {v:+.2f}</title></circle>"
                for x, y, v, xl in points
            ]
        for tick in _ticks(low, high):
            y = top + plot_h - (tick - low) / (high - low) * plot_h
            body.append(
                f'<text x="{left + plot_w + 6}" y="{_fmt(y + 4)}" fill="{AXIS}">{tick:+.1f}</text>'
            )
        legend.append((line_name, "#1f2d3d"))
    body += _legend(legend, left, 14)
    return _svg(width, height, label, body)


def lines(
    x_labels: Sequence[str],
    series: Mapping[str, Sequence[float]],
    label: str,
    percent: bool = True,
    width: int = 1100,
    height: int = 300,
) -> str:
    """Return one line per series over shared x labels (values as shares when ``percent``)."""
    left, right, top, bottom = 44, 36, 26 + 16 * math.ceil(len(series) / 4), 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((max(v, default=0) for v in series.values()), default=0)
    y_max = _nice_max(peak * (100 if percent else 1)) / (100 if percent else 1)
    body = []
    for tick in _ticks(0, y_max):
        y = top + plot_h - tick / y_max * plot_h
        text = f"{tick * 100:.0f}%" if percent else _tick_label(tick)
        body.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{_fmt(y)}" y2="{_fmt(y)}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{_fmt(y + 4)}" text-anchor="end" fill="{AXIS}">{text}</text>'
        )
    step = plot_w / max(1, len(x_labels) - 1)
    every = max(1, math.ceil(len(x_labels) / 12))
    for i, x_label in enumerate(x_labels):
        if i % every == 0:
            body.append(
                f'<text x="{_fmt(left + i * step)}" y="{height - bottom + 16}" '
                f'text-anchor="middle" fill="{AXIS}">{escape(x_label)}</text>'
            )
    legend = []
    for k, (name, values) in enumerate(series.items()):
        colour = PALETTE[k % len(PALETTE)]
        legend.append((name, colour))
        pts = [
            (left + i * step, top + plot_h - float(v) / y_max * plot_h, float(v), x_labels[i])
            for i, v in enumerate(values)
        ]
        body.append(
            f'<polyline data-mark="line" points="{" ".join(f"{_fmt(x)},{_fmt(y)}" for x, y, _, _ in pts)}" '
            f'fill="none" stroke="{colour}" stroke-width="2"/>'
        )
        for x, y, v, xl in pts:
            shown = f"{v * 100:.1f}%" if percent else _tick_label(v)
            body.append(
                f'<circle data-mark="point" cx="{_fmt(x)}" cy="{_fmt(y)}" r="3" fill="{colour}">'
                f"<title>{escape(xl)}: {escape(name)} {shown}</title></circle>"
            )
    rows = [legend[i : i + 4] for i in range(0, len(legend), 4)]
    for r, row in enumerate(rows):
        body += _legend(row, left, 14 + 16 * r)
    return _svg(width, height, label, body)


def hbars(
    labels: Sequence[str],
    values: Sequence[float],
    label: str,
    colour: str = PALETTE[0],
    width: int = 520,
    row_height: int = 24,
) -> str:
    """Return horizontal bars with the value written at the end of each bar."""
    left, right, top = 150, 48, 8
    height = top * 2 + row_height * max(1, len(labels))
    plot_w = width - left - right
    v_max = max((float(v) for v in values), default=0) or 1.0
    body = []
    for i, (name, value) in enumerate(zip(labels, values, strict=True)):
        y = top + i * row_height
        w = float(value) / v_max * plot_w
        body.append(
            f'<text x="{left - 8}" y="{_fmt(y + row_height * 0.65)}" text-anchor="end" '
            f'fill="#1f2d3d">{escape(name)}</text>'
            f'<rect data-mark="bar" x="{left}" y="{_fmt(y + 4)}" width="{_fmt(max(w, 1.5))}" '
            f'height="{row_height - 8}" rx="3" fill="{colour}"><title>{escape(name)}: '
            f"{_tick_label(float(value))}</title></rect>"
            f'<text x="{_fmt(left + max(w, 1.5) + 6)}" y="{_fmt(y + row_height * 0.65)}" '
            f'fill="{AXIS}">{_tick_label(float(value))}</text>'
        )
    return _svg(width, height, label, body)


def heatmap(
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    values: Sequence[Sequence[float]],
    label: str,
    percent: bool = True,
    width: int = 520,
    row_height: int = 26,
) -> str:
    """Return a grid coloured by value (e.g. the share of each category per language)."""
    left, top = 120, 30
    height = top + row_height * max(1, len(row_labels)) + 8
    cell_w = (width - left - 8) / max(1, len(column_labels))
    peak = max((max(row, default=0) for row in values), default=0) or 1.0
    body = []
    for j, column in enumerate(column_labels):
        body.append(
            f'<text x="{_fmt(left + j * cell_w + cell_w / 2)}" y="{top - 10}" '
            f'text-anchor="middle" font-weight="600" fill="#1f2d3d">{escape(column)}</text>'
        )
    for i, row in enumerate(row_labels):
        y = top + i * row_height
        body.append(
            f'<text x="{left - 8}" y="{_fmt(y + row_height * 0.62)}" text-anchor="end" '
            f'fill="#1f2d3d">{escape(row)}</text>'
        )
        for j, column in enumerate(column_labels):
            value = float(values[i][j])
            strength = value / peak
            fill = f"rgba(47,111,181,{0.06 + 0.84 * strength:.3f})"
            ink = "#ffffff" if strength > 0.55 else "#1f2d3d"
            shown = f"{value * 100:.0f}%" if percent else _tick_label(value)
            x = left + j * cell_w
            body.append(
                f'<rect data-mark="cell" x="{_fmt(x + 1)}" y="{_fmt(y + 1)}" '
                f'width="{_fmt(cell_w - 2)}" height="{row_height - 2}" rx="3" fill="{fill}">'
                f"<title>{escape(row)} / {escape(column)}: {shown}</title></rect>"
                f'<text x="{_fmt(x + cell_w / 2)}" y="{_fmt(y + row_height * 0.62)}" '
                f'text-anchor="middle" fill="{ink}" font-size="11">{shown if value else ""}</text>'
            )
    return _svg(width, height, label, body)


def diverging_ci(
    labels: Sequence[str],
    values: Sequence[float],
    lows: Sequence[float | None],
    highs: Sequence[float | None],
    label: str,
    unit: str = "",
    width: int = 1100,
    row_height: int = 24,
) -> str:
    """Return bars left (negative) or right (positive) of zero with confidence whiskers."""
    left, right, top = 300, 70, 24
    height = top + row_height * max(1, len(labels)) + 10
    plot_w = width - left - right
    extent = [abs(float(v)) for v in values]
    extent += [abs(float(v)) for v in (*lows, *highs) if v is not None and not math.isnan(v)]
    span = _nice_max(max(extent, default=0))
    zero = left + plot_w / 2

    def x_of(value: float) -> float:
        return zero + value / span * plot_w / 2

    body = [
        f'<line x1="{_fmt(zero)}" x2="{_fmt(zero)}" y1="{top - 6}" y2="{height - 6}" '
        f'stroke="{AXIS}"/>'
    ]
    for tick in (-span, -span / 2, span / 2, span):
        body.append(
            f'<text x="{_fmt(x_of(tick))}" y="{top - 10}" text-anchor="middle" fill="{AXIS}">'
            f"{tick:+.2g}{unit}</text>"
            f'<line x1="{_fmt(x_of(tick))}" x2="{_fmt(x_of(tick))}" y1="{top - 4}" '
            f'y2="{height - 6}" stroke="{GRID}"/>'
        )
    for i, name in enumerate(labels):
        y = top + i * row_height
        value = float(values[i])
        x0, x1 = sorted((zero, x_of(value)))
        colour = SENTIMENT_COLOURS["negative"] if value < 0 else SENTIMENT_COLOURS["positive"]
        low, high = lows[i], highs[i]
        whisker = (
            (float(low), float(high))
            if low is not None and high is not None and not math.isnan(low)
            else None
        )
        ci = f" (95% CI {whisker[0]:+.2f} to {whisker[1]:+.2f})" if whisker is not None else ""
        body.append(
            f'<text x="{left - 8}" y="{_fmt(y + row_height * 0.65)}" text-anchor="end" '
            f'fill="#1f2d3d">{escape(name)}</text>'
            f'<rect data-mark="bar" x="{_fmt(x0)}" y="{_fmt(y + 5)}" '
            f'width="{_fmt(max(x1 - x0, 1.5))}" height="{row_height - 10}" rx="2" '
            f'fill="{colour}" fill-opacity="0.85"><title>{escape(name)}: {value:+.2f}{unit}{ci}'
            "</title></rect>"
        )
        if whisker is not None:
            x_low, x_high = x_of(whisker[0]), x_of(whisker[1])
            yc = y + row_height / 2
            body.append(
                f'<line data-mark="ci" x1="{_fmt(x_low)}" x2="{_fmt(x_high)}" '
                f'y1="{_fmt(yc)}" y2="{_fmt(yc)}" stroke="#1f2d3d" stroke-width="1.4"/>'
                f'<line x1="{_fmt(x_low)}" x2="{_fmt(x_low)}" '
                f'y1="{_fmt(yc - 4)}" y2="{_fmt(yc + 4)}" stroke="#1f2d3d" stroke-width="1.4"/>'
                f'<line x1="{_fmt(x_high)}" x2="{_fmt(x_high)}" '
                f'y1="{_fmt(yc - 4)}" y2="{_fmt(yc + 4)}" stroke="#1f2d3d" stroke-width="1.4"/>'
            )
        body.append(
            f'<text x="{left + plot_w + 8}" y="{_fmt(y + row_height * 0.65)}" fill="{AXIS}">'
            f"{value:+.2f}{unit}</text>"
        )
    return _svg(width, height, label, body)
