// The debrief's charts as HTML figures: the odds over time with events and predictions, and one chart per indicator.
import type { Debrief } from './buildDebrief.js';
import { DASHES, esc, PALETTE, svgTimeChart, teamShape } from './svgTimeChart.js';

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** The odds-over-time figure: chart, legends (endings by colour and dash, teams by shape) and the list of marks. */
export function oddsFigure(d: Debrief): string {
  const { m } = d;
  const colour = (i: number) => PALETTE[i % PALETTE.length] as string;
  const teams = [...new Set(d.predictions.map((p) => p.team))];
  const svg = svgTimeChart({
    title: m.oddsTitle,
    className: 'odds',
    width: 760,
    height: 380,
    start: d.start,
    months: d.months,
    yMin: 0,
    yMax: 1,
    yLabel: pct,
    axisX: m.axisDate,
    axisY: m.axisOdds,
    series: d.endings.map((e, i) => ({
      name: e.label,
      colour: colour(i),
      dash: DASHES[i % DASHES.length] as string,
      points: d.points.map((p) => ({ x: p.x, y: p.odds[e.id]?.p ?? 0, lo: p.odds[e.id]?.lo ?? 0, hi: p.odds[e.id]?.hi ?? 0 })),
    })),
    marks: d.markers,
    dots: d.predictions.flatMap((p) =>
      d.endings.map((e, i) => ({
        x: p.x,
        y: p.p[e.id] ?? 0,
        colour: colour(i),
        shape: teams.indexOf(p.team),
        title: `${p.team}: ${e.label} ${pct(p.p[e.id] ?? 0)}`,
      })),
    ),
  });
  const sample = (i: number) =>
    `<svg viewBox="0 0 36 12" aria-hidden="true"><line x1="0" y1="6" x2="36" y2="6" stroke="${colour(i)}" stroke-width="3"${DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ''}/></svg>`;
  const endings = d.endings.map((e, i) => `<li>${sample(i)} ${esc(e.label)} <code>${esc(e.id)}</code></li>`).join('');
  const teamItems = teams.map((t, i) => `<li><svg viewBox="0 0 14 14" aria-hidden="true">${teamShape(i, 7, 7, '#444')}</svg> ${esc(t)}</li>`).join('');
  const marks = d.markers.map((k) => `<li><b>${esc(k.tag)}</b> ${esc(k.date)} ${esc(k.title)}</li>`).join('');
  return [
    '<figure class="odds-figure">',
    svg,
    `<figcaption><ul class="legend">${endings}</ul>`,
    teams.length ? `<p class="legend-title">${esc(m.teamsLegend)}</p><ul class="legend">${teamItems}</ul>` : '',
    marks ? `<p class="legend-title">${esc(m.markers)}</p><ol class="marks">${marks}</ol>` : '',
    '</figcaption></figure>',
  ].join('\n');
}

/** One figure per indicator, each in its own colour, with the thresholds the scenario tests. */
export function indicatorFigures(d: Debrief): string {
  return d.indicators
    .map((ind, i) => {
      const svg = svgTimeChart({
        title: ind.label,
        className: 'indicator',
        width: 420,
        height: 220,
        start: d.start,
        months: d.months,
        yMin: ind.min,
        yMax: ind.max,
        yLabel: (v) => String(Math.round(v * 100) / 100),
        axisX: d.m.axisDate,
        axisY: ind.id,
        series: [
          {
            name: ind.label,
            colour: PALETTE[i % (PALETTE.length - 1)] as string,
            dash: '',
            points: d.points.map((p) => ({ x: p.x, y: p.indicators[ind.id] ?? 0 })),
          },
        ],
        thresholds: ind.thresholds,
      });
      return `<figure class="indicator-figure"><figcaption>${esc(ind.label)}</figcaption>\n${svg}\n</figure>`;
    })
    .join('\n');
}
