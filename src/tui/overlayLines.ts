// The content of the overlays as lines of text, in the interface language: explanation, drivers, branches, comparison.
import stringWidth from 'string-width';
import { explain, listBranches } from '../engine/session.js';
import { formatMonthIn, formatNumber, formatPercent, isRightToLeft, localeOf, t, withoutIsolates } from '../i18n/messages.js';
import { explainLines } from '../report/explainLines.js';
import { stateLabel } from '../report/formatRunText.js';
import { formatValue } from '../report/formatValue.js';
import { labelOf } from '../report/labelOf.js';
import { readExpression } from '../report/readExpression.js';
import type { DriversState } from '../workers/oddsService.js';
import { fitCells, padStartCells } from './fitCells.js';
import { textIn } from './textIn.js';
import { outcomeText } from './travelKeys.js';
import type { UiState } from './uiState.js';

/** The explanation of a step, with the trigger's label, description (or a note that it has none in this language) and sources. */
export function explainOverlay(state: UiState, step: number): { title: string; lines: string[] } {
  const { ir } = state.session.stepper;
  const lang = state.lang;
  const r = explain(state.session, step);
  const def = ir.scenario.triggers[r.trigger];
  const description = def?.description === undefined ? [] : [textIn(def.description, lang) ?? t(lang, 'explain.noText')];
  const lines = [
    ...(def ? [labelOf(ir, 'trigger', r.trigger, lang), ...description] : [t(lang, 'explain.clock')]),
    ...(def?.sources?.length ? [t(lang, 'explain.sources', { list: def.sources.join(', ') })] : []),
    '',
    ...explainLines(ir, r, lang),
  ];
  const readings = [...r.skipped, ...r.guards].flatMap((g) => {
    const reading = readExpression(ir, g.expr, lang);
    return reading ? [`  ${t(lang, 'explain.reads', { expr: g.expr, reading })}`] : [];
  });
  if (readings.length > 0) lines.push('', t(lang, 'explain.plain'), ...readings);
  if (r.guards.length === 0 && r.effects.length === 0 && r.transitions.length === 0 && r.trigger !== 'advance') lines.push(t(lang, 'explain.noEffect'));
  return { title: t(lang, 'title.explain', { n: r.index, date: r.date, trigger: r.trigger, cause: t(lang, `cause.${r.cause}`) }), lines };
}

/** The drivers overlay: progress while computing, then per outcome the triggers whose ban moves its odds most. */
export function driverLines(state: DriversState, lang = 'en'): string[] {
  const pct = (p: number) => formatPercent(lang, p);
  const pts = (x: number) => `${x >= 0 ? '+' : '−'}${formatNumber(lang, Math.abs(x * 100), 1)}`;
  if (state.kind === 'idle') return [t(lang, 'drivers.starting')];
  if (state.kind === 'error') return [t(lang, 'drivers.error', { message: state.message })];
  const grouped = (n: number) => new Intl.NumberFormat(localeOf(lang)).format(n);
  if (state.kind === 'computing')
    return [t(lang, 'drivers.computing', { done: state.done, total: state.total, runs: grouped(state.runs) }), '', t(lang, 'drivers.cancel')];
  const d = state.drivers;
  const lines = [t(lang, 'drivers.from', { runs: grouped(d.runs) }), t(lang, 'drivers.delta'), ''];
  for (const o of d.baseline) {
    lines.push(t(lang, 'drivers.outcome', { id: o.id, p: pct(o.p), low: pct(o.ci95[0]), high: pct(o.ci95[1]) }));
    const rows = d.effects.filter((e) => e.outcome === o.id && e.excludesZero).slice(0, 5);
    if (rows.length === 0) lines.push(`    ${t(lang, 'drivers.noise')}`);
    for (const e of rows)
      lines.push(
        `    ${t(lang, 'drivers.row', { trigger: e.trigger.padEnd(30), delta: pts(e.delta).padStart(6), low: pts(e.ci95[0]), high: pts(e.ci95[1]) })}`,
      );
  }
  return lines;
}

/** One line per branch, for the `B` overlay. */
export function branchLines(state: UiState, selected: number): string[] {
  const { ir } = state.session.stepper;
  const lang = state.lang;
  return listBranches(state.session).map((b, i) => {
    const w = b.head.world;
    const mark = `${i === selected ? '>' : ' '}${b.current ? '*' : ' '}`;
    const steps = padStartCells(withoutIsolates(t(lang, 'count.steps', { n: b.head.steps })), 10);
    return `${mark}${fitCells(b.name, 20)} ${t(lang, 'branches.row', { steps, date: formatMonthIn(lang, ir.start + w.month), outcome: outcomeText(w, lang) })}`;
  });
}

const FSI = '\u2068';
const PDI = '\u2069';
/** Sets a line's direction to right to left whatever its cells hold (ids and numbers only, on an indicator's row). */
const ARABIC_LETTER_MARK = '\u061c';

/** This branch and another side by side: actor states, indicator values, outcomes; differences marked ≠. */
export function compareLines(state: UiState, other: string, width: number): string[] {
  const s = state.session;
  const { ir } = s.stepper;
  const lang = state.lang;
  const a = s.cursor.world;
  const b = s.branches[other]?.world ?? a;
  const col = Math.max(10, Math.floor((width - 24) / 2));
  const cells = (mark: string, name: string, left: string, right: string) => [mark, fitCells(name, 20), fitCells(left, col), fitCells(right, col)];
  // Right to left, every row is a right-to-left table row: each cell's text isolated and its padding after it, so the
  // columns mirror alike in every row, whatever a cell holds (Arabic labels, ids, numbers).
  const rtlCell = (cell: string) => {
    const text = cell.trimEnd();
    return `${FSI}${text}${PDI}${' '.repeat(stringWidth(cell) - stringWidth(text))}`;
  };
  const row = (name: string, left: string, right: string) => {
    const parts = cells(left === right ? ' ' : '≠', name, left, right);
    return isRightToLeft(lang) ? `${ARABIC_LETTER_MARK}${parts.map(rtlCell).join(' ')}` : parts.join(' ');
  };
  return [
    row('', t(lang, 'compare.here', { name: s.branch }), other),
    row(t(lang, 'compare.date'), formatMonthIn(lang, ir.start + a.month), formatMonthIn(lang, ir.start + b.month)),
    row(t(lang, 'compare.outcome'), outcomeText(a, lang), outcomeText(b, lang)),
    '',
    ...ir.actors.map((x) => row(x.id, stateLabel(ir, x.id, a.actors[x.id] as string, lang), stateLabel(ir, x.id, b.actors[x.id] as string, lang))),
    '',
    ...ir.indicators.map((i) => row(i.id, formatValue(a.indicators[i.id] as number), formatValue(b.indicators[i.id] as number))),
  ];
}
