// The after-action debrief as one self-contained HTML file: inline CSS and SVG charts, nothing fetched, no scripts.
import type { Debrief } from './buildDebrief.js';
import { indicatorFigures, oddsFigure } from './debriefCharts.js';
import { DEBRIEF_CSS } from './debriefCss.js';
import { esc } from './svgTimeChart.js';

/** An exercise author's text, isolated with its own direction: English text in an Arabic debrief keeps its punctuation in place. */
const own = (text: string) => `<span dir="auto">${esc(text)}</span>`;

const pct = (p: number) => `${Math.round(p * 100)}%`;
const score = (b: number | null) => (b === null ? '–' : b.toFixed(3));
const row = (cells: readonly string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const table = (cls: string, head: readonly string[], rows: readonly string[]) =>
  `<div class="table"><table class="${cls}"><thead>${row(head.map(esc), 'th')}</thead><tbody>${rows.join('')}</tbody></table></div>`;

/** Formats the debrief as HTML, in the debrief's language and direction. */
export function formatDebriefHtml(d: Debrief): string {
  const { m } = d;
  const body: string[] = [
    `<h1>${esc(m.title(d.title))}</h1>`,
    `<p>${esc(m.scenarioLine(d.scenario, d.seed))}</p>`,
    `<p class="outcome"><strong>${esc(m.outcome)}:</strong> ${esc(d.outcomeLabel)}${d.outcome ? ` <code>${esc(d.outcome)}</code>` : ''}</p>`,
    `<h2>${esc(m.objectives)}</h2><ol>`,
    ...d.objectives.map((o) => `<li>${own(o)}<div class="notes">${esc(m.facilitatorNotes)}</div></li>`),
    '</ol>',
    `<h2>${esc(m.briefing)}</h2><p>${own(d.briefing)}</p>`,
    `<h2>${esc(m.oddsTitle)}</h2><p class="note">${esc(m.oddsNote(d.runs, d.rule))}</p>`,
    oddsFigure(d),
    `<h2>${esc(m.turningPoints)}</h2><p class="note">${esc(m.turningNote)}</p><ul>`,
    ...d.turningPoints.map(
      (t) =>
        `<li><strong>${esc(t.date)} ${esc(t.title)}</strong>: ${t.moves
          .map((mv) => `${esc(label(d, mv.id))} ${esc(m.pp(Math.round((mv.after - mv.before) * 100)))} (${m.fromTo(pct(mv.before), pct(mv.after))})`)
          .join('; ')}</li>`,
    ),
    d.turningPoints.length === 0 ? `<li>${esc(m.turningNone)}</li>` : '',
    '</ul>',
    ...predictions(d),
    `<h2>${esc(m.indicatorsTitle)}</h2><p class="note">${esc(m.thresholdNote)}</p><div class="charts">`,
    indicatorFigures(d),
    '</div>',
    `<h2>${esc(m.timeline)}</h2>`,
    table(
      'timeline',
      [m.colDate, m.colWhat, m.colWhy],
      d.timeline
        .filter((t) => t.kind !== 'clock' || t.plain.length > 0)
        .map((t) =>
          row([
            `<span class="date">${esc(t.date)}</span>`,
            `<span class="kind">${esc(m.kinds[t.kind])}</span><strong>${own(t.title)}</strong>${t.detail ? `<br>${own(t.detail)}` : ''}`,
            `${t.plain.length ? `<ul class="plain">${t.plain.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}${
              t.raw.length ? `<details><summary>${esc(m.raw)}</summary><pre dir="ltr">${esc(t.raw.join('\n'))}</pre></details>` : ''
            }`,
          ]),
        ),
    ),
  ];
  return `<!DOCTYPE html>\n<html lang="${esc(d.lang)}" dir="${m.dir}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(m.title(d.title))}</title>\n<style>${DEBRIEF_CSS}</style>\n</head>\n<body>\n<main>\n${body.filter((x) => x !== '').join('\n')}\n</main>\n</body>\n</html>\n`;
}

const label = (d: Debrief, id: string) => d.endings.find((e) => e.id === id)?.label ?? id;

function predictions(d: Debrief): string[] {
  const { m } = d;
  const ids = d.endings.map((e) => e.id);
  const out = [`<h2>${esc(m.predictions)}</h2><p class="note">${esc(m.brierNote)}</p>`];
  out.push(
    table(
      'predictions',
      [m.colTeam, m.colPrompt, m.colDate, ...d.endings.map((e) => e.label), m.colBrier, m.colModel, m.colModelBrier],
      d.predictions.map((p) =>
        row([
          esc(p.team),
          esc(p.prompt),
          esc(p.date),
          ...ids.map((o) => pct(p.p[o] ?? 0)),
          score(p.brier),
          ids.map((o) => pct(p.model[o] ?? 0)).join(' / '),
          score(p.modelBrier),
        ]),
      ),
    ),
  );
  const r = d.ranking;
  out.push(`<h3>${esc(m.ranking)}</h3>`);
  if (r.status === 'ranked') {
    out.push(`<p class="note">${esc(m.rankingCommon(r.prompts.join(', '), r.prompts.length, r.totalPrompts))}</p>`);
    const rows = r.rows.map((x, i) => row([String(i + 1), esc(x.team), score(x.meanBrier), String(x.made)]));
    rows.push(row(['', esc(m.modelRow), score(r.modelMean), '']));
    out.push(table('ranking', [m.colRank, m.colTeam, m.colMean, m.colMade], rows));
  } else {
    out.push(`<p class="note">${esc(r.status === 'open' ? m.rankingOpen : m.rankingNone)}</p>`);
    out.push(
      table(
        'ranking',
        [m.colTeam, m.colMade],
        r.rows.map((x) => row([esc(x.team), String(x.made)])),
      ),
    );
  }
  const c = d.calibration;
  out.push(`<h3>${esc(m.calibration)}</h3>`);
  if (c.status === 'shown')
    out.push(
      table(
        'calibration',
        [m.colBin, m.colCount, m.colMeanP, m.colHappened],
        c.rows.map((b) => row([`${pct(b.from)}–${pct(b.to)}`, String(b.count), b.count ? pct(b.meanP) : '–', b.count ? pct(b.observed) : '–'])),
      ),
    );
  else out.push(`<p class="note">${esc(c.status === 'open' ? m.calibrationOpen : m.calibrationTooFew(c.count, c.needed))}</p>`);
  return out;
}
