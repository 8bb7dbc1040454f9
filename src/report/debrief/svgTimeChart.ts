// A dated chart as inline SVG: month axis, gridlines, step lines with bands, event marks, dots and threshold lines. No scripts, nothing fetched.
import { escapeControl } from '../../core/escapeControl.js';
import { formatMonth } from '../../core/month.js';

/** Okabe–Ito colours: told apart with every common colour-vision deficiency. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
/** Dash patterns, so that lines differ by more than colour. */
export const DASHES = ['', '7 3', '2 3', '9 3 2 3', '4 2', '1 2', ''];

/** Escapes text for HTML and SVG; control characters show as `\xNN` (they are not allowed in HTML, and raw they would drive a terminal that prints the file). */
export const esc = (s: string) =>
  escapeControl(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

type Series = {
  readonly name: string;
  readonly colour: string;
  readonly dash: string;
  readonly points: readonly { readonly x: number; readonly y: number; readonly lo?: number; readonly hi?: number }[];
};
/** What a chart draws. */
export type TimeChart = {
  readonly title: string;
  readonly className: string;
  readonly width: number;
  readonly height: number;
  /** First month (absolute) and number of months on the x-axis. */
  readonly start: number;
  readonly months: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly yLabel: (v: number) => string;
  readonly axisX: string;
  readonly axisY: string;
  readonly series: readonly Series[];
  readonly marks?: readonly { readonly x: number; readonly tag: string; readonly title: string }[];
  readonly dots?: readonly { readonly x: number; readonly y: number; readonly colour: string; readonly shape: number; readonly title: string }[];
  readonly thresholds?: readonly number[];
};

const SHAPES = [
  (x: number, y: number) => `<circle cx="${x}" cy="${y}" r="5"`,
  (x: number, y: number) => `<rect x="${x - 4.5}" y="${y - 4.5}" width="9" height="9"`,
  (x: number, y: number) => `<path d="M${x},${y - 6}L${x + 5.5},${y + 4}L${x - 5.5},${y + 4}Z"`,
  (x: number, y: number) => `<path d="M${x},${y - 6}L${x + 6},${y}L${x},${y + 6}L${x - 6},${y}Z"`,
];
/** The shape of the team numbered `i` as an SVG element. */
export const teamShape = (i: number, x: number, y: number, colour: string) =>
  `${(SHAPES[i % SHAPES.length] as (typeof SHAPES)[number])(x, y)} fill="${colour}" stroke="#fff" stroke-width="1"/>`;

/** Draws the chart; values hold until the next point (events change the world at once). */
export function svgTimeChart(c: TimeChart): string {
  const pad = { left: 62, right: 16, top: c.marks?.length ? 46 : 14, bottom: 44 };
  const iw = c.width - pad.left - pad.right;
  const ih = c.height - pad.top - pad.bottom;
  const xAt = (x: number) => +(pad.left + (x / c.months) * iw).toFixed(1);
  const yAt = (v: number) => +(pad.top + (1 - (v - c.yMin) / (c.yMax - c.yMin || 1)) * ih).toFixed(1);
  const out: string[] = [
    `<svg class="chart ${c.className}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" role="img" aria-label="${esc(c.title)}" style="direction:ltr">`,
    `<title>${esc(c.title)}</title>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = c.yMin + ((c.yMax - c.yMin) * i) / 4;
    out.push(`<line class="grid" x1="${pad.left}" x2="${c.width - pad.right}" y1="${yAt(v)}" y2="${yAt(v)}"/>`);
    out.push(`<text class="tick tick-y" x="${pad.left - 6}" y="${yAt(v) + 4}" text-anchor="end">${esc(c.yLabel(v))}</text>`);
  }
  const every = Math.max(1, Math.ceil(c.months / (c.width >= 600 ? 7 : 4)));
  for (let m = 0; m <= c.months; m++) {
    out.push(`<line class="grid${m % every ? ' minor' : ''}" x1="${xAt(m)}" x2="${xAt(m)}" y1="${pad.top}" y2="${pad.top + ih}"/>`);
    if (m < c.months && m % every === 0)
      out.push(`<text class="tick tick-x" x="${xAt(m + 0.5)}" y="${pad.top + ih + 16}" text-anchor="middle">${formatMonth(c.start + m)}</text>`);
  }
  out.push(`<text class="axis-label axis-x" x="${pad.left + iw / 2}" y="${c.height - 6}" text-anchor="middle">${esc(c.axisX)}</text>`);
  out.push(`<text class="axis-label axis-y" transform="translate(13 ${pad.top + ih / 2}) rotate(-90)" text-anchor="middle">${esc(c.axisY)}</text>`);
  for (const t of c.thresholds ?? [])
    out.push(
      `<line class="threshold" x1="${pad.left}" x2="${c.width - pad.right}" y1="${yAt(t)}" y2="${yAt(t)}"><title>${t}</title></line>`,
      `<text class="threshold-label" x="${c.width - pad.right - 3}" y="${yAt(t) - 3}" text-anchor="end">${t}</text>`,
    );
  const lastOnRow = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const mk of c.marks ?? []) {
    const x = xAt(mk.x);
    const row = x - (lastOnRow[0] as number) >= 26 ? 0 : 1;
    lastOnRow[row] = x;
    out.push(`<line class="mark" x1="${x}" x2="${x}" y1="${pad.top - 6 - row * 13}" y2="${pad.top + ih}"><title>${esc(mk.title)}</title></line>`);
    out.push(`<text class="mark-tag" x="${x}" y="${pad.top - 9 - row * 13}" text-anchor="middle">${esc(mk.tag)}<title>${esc(mk.title)}</title></text>`);
  }
  const end = xAt(c.months);
  for (const s of c.series) {
    const pts = s.points;
    if (pts.length === 0) continue;
    const step = (f: (p: Series['points'][number]) => number) =>
      pts.map((p, i) => `${xAt(p.x)},${yAt(f(p))} ${i + 1 < pts.length ? xAt((pts[i + 1] as typeof p).x) : end},${yAt(f(p))}`).join(' ');
    if (pts.some((p) => p.lo !== undefined)) {
      const upper = step((p) => p.hi ?? p.y);
      const lower = step((p) => p.lo ?? p.y)
        .split(' ')
        .reverse()
        .join(' ');
      out.push(`<polygon class="band" fill="${s.colour}" points="${upper} ${lower}"/>`);
    }
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    out.push(`<polyline class="line" stroke="${s.colour}"${dash} points="${step((p) => p.y)}"><title>${esc(s.name)}</title></polyline>`);
  }
  for (const d of c.dots ?? []) out.push(`<g class="dot"><title>${esc(d.title)}</title>${teamShape(d.shape, xAt(d.x), yAt(d.y), d.colour)}</g>`);
  out.push(`<rect class="frame" x="${pad.left}" y="${pad.top}" width="${iw}" height="${ih}"/>`, '</svg>');
  return out.join('\n');
}
