// The after-action debrief as Markdown, in the debrief's language; every text from outside the catalog is escaped.
import type { Debrief } from './buildDebrief.js';
import { escapeMarkdown as md } from './escapeMarkdown.js';

const pct = (p: number) => `${Math.round(p * 100)}%`;
const score = (b: number | null) => (b === null ? '–' : b.toFixed(3));
const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const head = (cells: readonly string[]) => [tableRow(cells.map(md)), `|${cells.map(() => '---|').join('')}`];

/** Formats the debrief; the charts are in the HTML file, their figures are tables here. */
export function formatDebriefMarkdown(d: Debrief): string {
  const { m } = d;
  const ids = d.endings.map((e) => e.id);
  const out = [`# ${md(m.title(d.title))}`, '', md(m.scenarioLine(d.scenario, d.seed)), '', `**${md(m.outcome)}:** ${md(d.outcomeLabel)}`, ''];
  out.push(
    `## ${md(m.objectives)}`,
    '',
    ...d.objectives.flatMap((o, i) => [`${i + 1}. ${md(o)}`, '', `   ${md(m.facilitatorNotes)} ______________________________`, '']),
  );
  out.push(`## ${md(m.briefing)}`, '', md(d.briefing), '');
  out.push(`## ${md(m.oddsTitle)}`, '', md(m.oddsNote(d.runs, d.rule)), '', ...head([m.colDate, m.colWhat, ...d.endings.map((e) => e.label)]));
  let last = '';
  d.points.forEach((p, i) => {
    const cells = ids.map((o) => `${pct(p.odds[o]?.p ?? 0)} (${pct(p.odds[o]?.lo ?? 0)}–${pct(p.odds[o]?.hi ?? 0)})`);
    if (cells.join() === last) return;
    last = cells.join();
    const t = i === 0 ? null : d.timeline[i - 1];
    out.push(tableRow([t ? t.date : m.start, t ? md(t.title) : '', ...cells]));
  });
  out.push('', `## ${md(m.turningPoints)}`, '', md(m.turningNote), '');
  for (const t of d.turningPoints)
    out.push(
      `- **${t.date} ${md(t.title)}**: ${t.moves.map((mv) => `${md(label(d, mv.id))} ${md(m.pp(Math.round((mv.after - mv.before) * 100)))} (${m.fromTo(pct(mv.before), pct(mv.after))})`).join('; ')}`,
    );
  if (d.turningPoints.length === 0) out.push(`- ${md(m.turningNone)}`);
  out.push('', `## ${md(m.predictions)}`, '', md(m.brierNote), '');
  out.push(...head([m.colTeam, m.colPrompt, m.colDate, ...d.endings.map((e) => e.label), m.colBrier, m.colModel, m.colModelBrier]));
  for (const p of d.predictions)
    out.push(
      tableRow([
        md(p.team),
        md(p.prompt),
        p.date,
        ...ids.map((o) => pct(p.p[o] ?? 0)),
        score(p.brier),
        ids.map((o) => pct(p.model[o] ?? 0)).join(' / '),
        score(p.modelBrier),
      ]),
    );
  const r = d.ranking;
  out.push('', `### ${md(m.ranking)}`, '');
  if (r.status === 'ranked') {
    out.push(md(m.rankingCommon(r.prompts.join(', '), r.prompts.length, r.totalPrompts)), '', ...head([m.colRank, m.colTeam, m.colMean, m.colMade]));
    out.push(
      ...r.rows.map((x, i) => tableRow([String(i + 1), md(x.team), score(x.meanBrier), String(x.made)])),
      tableRow(['', md(m.modelRow), score(r.modelMean), '']),
    );
  } else
    out.push(
      md(r.status === 'open' ? m.rankingOpen : m.rankingNone),
      '',
      ...head([m.colTeam, m.colMade]),
      ...r.rows.map((x) => tableRow([md(x.team), String(x.made)])),
    );
  const c = d.calibration;
  out.push('', `### ${md(m.calibration)}`, '');
  if (c.status === 'shown') {
    out.push(...head([m.colBin, m.colCount, m.colMeanP, m.colHappened]));
    for (const b of c.rows) out.push(tableRow([`${pct(b.from)}–${pct(b.to)}`, String(b.count), b.count ? pct(b.meanP) : '–', b.count ? pct(b.observed) : '–']));
  } else out.push(md(c.status === 'open' ? m.calibrationOpen : m.calibrationTooFew(c.count, c.needed)));
  out.push('', `## ${md(m.timeline)}`, '', ...head([m.colDate, m.colWhat, m.colWhy]));
  for (const t of d.timeline) {
    if (t.kind === 'clock' && t.plain.length === 0) continue;
    out.push(tableRow([t.date, `${md(m.kinds[t.kind])}: **${md(t.title)}**${t.detail ? `<br>${md(t.detail)}` : ''}`, t.plain.map(md).join('<br>')]));
  }
  return `${out.join('\n')}\n`;
}

const label = (d: Debrief, id: string) => d.endings.find((e) => e.id === id)?.label ?? id;
