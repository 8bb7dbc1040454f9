// The after-action debrief as Markdown.
import type { Debrief } from './buildDebrief.js';

const pct = (p: number) => `${Math.round(p * 100)}%`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const score = (b: number | null) => (b === null ? '–' : b.toFixed(3));

/** Formats the debrief; charts are in the HTML file. */
export function formatDebriefMarkdown(d: Debrief): string {
  const out = [
    `# Debrief: ${d.title}`,
    '',
    `Scenario \`${d.scenario}\`, seed ${d.seed}. **Outcome: ${d.outcome === 'open' ? 'not decided yet' : `${d.outcome}: ${d.outcomeLabel}`}**`,
    '',
  ];
  out.push(
    '## Learning objectives',
    '',
    ...d.objectives.flatMap((o, i) => [`${i + 1}. ${o}`, '', '   Facilitator notes: ______________________________________________', '']),
  );
  out.push('## Timeline', '', '| date | what | detail |', '|---|---|---|');
  for (const t of d.timeline)
    out.push(`| ${t.date} | ${cell(t.title)} | ${cell(t.detail)}${t.explanation.length ? `<br>${t.explanation.map(cell).join('<br>')}` : ''} |`);
  out.push('', "## The model's odds over time", '', `| step | ${d.outcomes.join(' | ')} |`, `|---|${d.outcomes.map(() => '---|').join('')}`);
  for (const p of d.points) out.push(`| ${cell(p.label)} | ${d.outcomes.map((o) => pct(p.odds[o] ?? 0)).join(' | ')} |`);
  out.push('', '## Predictions', '', 'Brier score: Σ (p − y)² over the outcomes, 0 is perfect and 2 the worst; lower is better.', '');
  out.push(
    `| team | prompt | date | ${d.outcomes.join(' | ')} | Brier | model's odds then | model's Brier |`,
    `|---|---|---|${d.outcomes.map(() => '---|').join('')}---|---|---|`,
  );
  for (const p of d.predictions) {
    out.push(
      `| ${cell(p.team)} | ${p.prompt} | ${p.date} | ${d.outcomes.map((o) => pct(p.p[o] ?? 0)).join(' | ')} | ${score(p.brier)} | ${d.outcomes.map((o) => pct(p.model[o] ?? 0)).join(' / ')} | ${score(p.modelBrier)} |`,
    );
  }
  if (d.ranking.length > 0) {
    out.push('', '### Ranking', '', '| rank | team | mean Brier | predictions |', '|---|---|---|---|');
    out.push(...d.ranking.map((r, i) => `| ${i + 1} | ${cell(r.team)} | ${Number.isNaN(r.meanBrier) ? '–' : r.meanBrier.toFixed(3)} | ${r.count} |`));
  }
  out.push('', '### Calibration', '', '| forecast | forecasts | mean forecast | happened |', '|---|---|---|---|');
  for (const c of d.calibration)
    out.push(`| ${pct(c.from)}–${pct(c.to)} | ${c.count} | ${c.count ? pct(c.meanP) : '–'} | ${c.count ? pct(c.observed) : '–'} |`);
  out.push('', '## Turning points', '', "The steps that moved the model's odds most.", '');
  for (const t of d.turningPoints)
    out.push(
      `- **${cell(t.label)}**: odds moved by ${pct(t.swing)} (${d.outcomes.map((o) => `${o} ${pct(t.before[o] ?? 0)} → ${pct(t.after[o] ?? 0)}`).join(', ')})`,
    );
  if (d.turningPoints.length === 0) out.push('- none: the odds did not move');
  return `${out.join('\n')}\n`;
}
