// A small line chart as inline SVG: no scripts, no fonts or images from anywhere.

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf'];

/** Escapes text for HTML and SVG. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines over the same x positions, scaled to [min, max]; a legend names them. */
export function svgLineChart(
  title: string,
  series: readonly { readonly name: string; readonly values: readonly number[] }[],
  min: number,
  max: number,
  width = 640,
  height = 200,
): string {
  const pad = { left: 44, right: 12, top: 24, bottom: 24 };
  const n = Math.max(1, ...series.map((s) => s.values.length));
  const x = (i: number) => pad.left + (n === 1 ? 0 : (i / (n - 1)) * (width - pad.left - pad.right));
  const y = (v: number) => pad.top + (1 - (v - min) / (max - min || 1)) * (height - pad.top - pad.bottom);
  const lines = series.map((s, k) => {
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    return `<polyline fill="none" stroke="${COLOURS[k % COLOURS.length]}" stroke-width="2" points="${points}"><title>${esc(s.name)}</title></polyline>`;
  });
  const legend = series.map((s, k) => `<tspan fill="${COLOURS[k % COLOURS.length]}" dx="${k === 0 ? 0 : 12}">■ ${esc(s.name)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
    `<text x="${pad.left}" y="14" font-size="12" font-family="sans-serif">${esc(title)}</text>`,
    `<line x1="${pad.left}" y1="${y(min)}" x2="${width - pad.right}" y2="${y(min)}" stroke="#999"/>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${y(min)}" stroke="#999"/>`,
    `<text x="${pad.left - 4}" y="${y(max) + 4}" font-size="10" text-anchor="end" font-family="sans-serif">${max}</text>`,
    `<text x="${pad.left - 4}" y="${y(min)}" font-size="10" text-anchor="end" font-family="sans-serif">${min}</text>`,
    ...lines,
    `<text x="${pad.left}" y="${height - 6}" font-size="11" font-family="sans-serif">${legend}</text>`,
    '</svg>',
  ].join('\n');
}
