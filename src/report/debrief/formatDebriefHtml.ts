// The after-action debrief as one self-contained HTML file: inline CSS and SVG charts, nothing fetched.
import type { Debrief } from './buildDebrief.js';
import { esc, svgLineChart } from './svgLineChart.js';

const pct = (p: number) => `${Math.round(p * 100)}%`;
const score = (b: number | null) => (b === null ? '–' : b.toFixed(3));
const row = (cells: readonly string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

/** Formats the debrief as HTML. */
export function formatDebriefHtml(d: Debrief): string {
  const body: string[] = [];
  body.push(
    `<h1>Debrief: ${esc(d.title)}</h1>`,
    `<p>Scenario <code>${esc(d.scenario)}</code>, seed ${d.seed}. <strong>Outcome: ${esc(d.outcome === 'open' ? 'not decided yet' : `${d.outcome}: ${d.outcomeLabel}`)}</strong></p>`,
  );
  body.push('<h2>Learning objectives</h2><ol>', ...d.objectives.map((o) => `<li>${esc(o)}<div class="notes">Facilitator notes:</div></li>`), '</ol>');
  body.push('<h2>Briefing</h2>', `<p>${esc(d.briefing)}</p>`);
  body.push('<h2>Timeline</h2><table>', row(['date', 'what', 'detail', 'why'], 'th'));
  for (const t of d.timeline)
    body.push(row([esc(t.date), esc(t.title), esc(t.detail), t.explanation.length ? `<pre>${esc(t.explanation.join('\n'))}</pre>` : '']));
  body.push('</table>');
  body.push(
    "<h2>The model's odds over time</h2>",
    svgLineChart(
      'P(outcome) after each step',
      d.outcomes.map((o) => ({ name: o, values: d.points.map((p) => p.odds[o] ?? 0) })),
      0,
      1,
    ),
  );
  body.push('<h2>Indicators over time</h2><div class="charts">');
  for (const ind of d.indicators)
    body.push(svgLineChart(ind.label, [{ name: ind.id, values: d.points.map((p) => p.indicators[ind.id] ?? 0) }], ind.min, ind.max, 420, 150));
  body.push('</div>');
  body.push('<h2>Predictions</h2><p>Brier score: Σ (p − y)² over the outcomes; 0 is perfect, 2 the worst.</p><table>');
  body.push(row(['team', 'prompt', 'date', ...d.outcomes.map(esc), 'Brier', "model's odds then", "model's Brier"], 'th'));
  for (const p of d.predictions)
    body.push(
      row([
        esc(p.team),
        esc(p.prompt),
        p.date,
        ...d.outcomes.map((o) => pct(p.p[o] ?? 0)),
        score(p.brier),
        d.outcomes.map((o) => pct(p.model[o] ?? 0)).join(' / '),
        score(p.modelBrier),
      ]),
    );
  body.push('</table>');
  if (d.ranking.length > 0) {
    body.push('<h3>Ranking</h3><table>', row(['rank', 'team', 'mean Brier', 'predictions'], 'th'));
    body.push(...d.ranking.map((r, i) => row([String(i + 1), esc(r.team), Number.isNaN(r.meanBrier) ? '–' : r.meanBrier.toFixed(3), String(r.count)])));
    body.push('</table>');
  }
  body.push('<h3>Calibration</h3><table>', row(['forecast', 'forecasts', 'mean forecast', 'happened'], 'th'));
  for (const c of d.calibration)
    body.push(row([`${pct(c.from)}–${pct(c.to)}`, String(c.count), c.count ? pct(c.meanP) : '–', c.count ? pct(c.observed) : '–']));
  body.push('</table>', '<h2>Turning points</h2><ul>');
  for (const t of d.turningPoints)
    body.push(
      `<li><strong>${esc(t.label)}</strong>: the odds moved by ${pct(t.swing)} (${esc(d.outcomes.map((o) => `${o} ${pct(t.before[o] ?? 0)} → ${pct(t.after[o] ?? 0)}`).join(', '))})</li>`,
    );
  if (d.turningPoints.length === 0) body.push('<li>none: the odds did not move</li>');
  body.push('</ul>');
  const css =
    'body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}pre{margin:0;font-size:.8rem;white-space:pre-wrap}.notes{border:1px dashed #999;min-height:4rem;margin:.5rem 0 1rem;padding:.3rem;color:#777}.charts{display:flex;flex-wrap:wrap;gap:1rem}';
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Debrief: ${esc(d.title)}</title>\n<style>${css}</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
