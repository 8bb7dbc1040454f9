// The content of the overlays as lines of text: help, explanation, branches, comparison.

import { formatMonthLong } from '../core/month.js';
import { outcomeStatus } from '../engine/createStepper.js';
import { explain, listBranches } from '../engine/session.js';
import { explainLines } from '../report/explainLines.js';
import { stateLabel } from '../report/formatRunText.js';
import { formatValue } from '../report/formatValue.js';
import { labelOf } from '../report/labelOf.js';
import { readExpression } from '../report/readExpression.js';
import { textOf } from '../report/textOf.js';
import type { DriversState } from '../workers/oddsService.js';
import { fitCells, padStartCells } from './fitCells.js';
import type { UiState } from './uiState.js';

/** The explanation of a step, with the trigger's label, description and sources. */
export function explainOverlay(state: UiState, step: number): { title: string; lines: string[] } {
  const { ir } = state.session.stepper;
  const r = explain(state.session, step);
  const def = ir.scenario.triggers[r.trigger];
  const lines = [
    ...(def
      ? [labelOf(ir, 'trigger', r.trigger, state.lang), ...(def.description ? [textOf(def.description, state.lang)] : [])]
      : ['The clock moves to the next month.']),
    ...(def?.sources?.length ? [`Sources: ${def.sources.join(', ')}`] : []),
    '',
    ...explainLines(ir, r, state.lang),
  ];
  const readings = [...r.skipped, ...r.guards].flatMap((g) => {
    const reading = readExpression(ir, g.expr, state.lang);
    return reading ? [`  ${g.expr}  reads: ${reading}`] : [];
  });
  if (readings.length > 0) lines.push('', 'In plain words:', ...readings);
  if (r.guards.length === 0 && r.effects.length === 0 && r.transitions.length === 0 && r.trigger !== 'advance') lines.push('(no effect: nothing changed)');
  return { title: `Step ${r.index} · ${r.date} · ${r.trigger} (${r.cause})`, lines };
}

/** The drivers overlay: progress while computing, then per outcome the triggers whose ban moves its odds most. */
export function driverLines(state: DriversState): string[] {
  const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
  const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
  if (state.kind === 'idle') return ['Starting…'];
  if (state.kind === 'error') return [`The drivers could not be computed: ${state.message}`];
  if (state.kind === 'computing')
    return [
      `Computing: ${state.done} of ${state.total} batches of ${state.runs.toLocaleString('en-US')} runs (the odds now, then each trigger banned).`,
      '',
      'Any key cancels.',
    ];
  const d = state.drivers;
  const lines = [
    `From the current state: ${d.runs.toLocaleString('en-US')} rolled runs, then the same ${d.runs.toLocaleString('en-US')} runs with each trigger banned.`,
    'ΔP = odds with the trigger banned − odds now, in points, with a paired 95% interval; only intervals that leave out 0 are listed.',
    '',
  ];
  for (const o of d.baseline) {
    lines.push(`${o.id}  ${pct(o.p)}  (95%: ${pct(o.ci95[0])}–${pct(o.ci95[1])})`);
    const rows = d.effects.filter((e) => e.outcome === o.id && e.excludesZero).slice(0, 5);
    if (rows.length === 0) lines.push('    no single ban moves it beyond the noise');
    for (const e of rows) lines.push(`    ${e.trigger.padEnd(30)} banned: ${pts(e.delta).padStart(6)}  (${pts(e.ci95[0])} to ${pts(e.ci95[1])})`);
  }
  return lines;
}

/** One line per branch, for the `B` overlay. */
export function branchLines(state: UiState, selected: number): string[] {
  const { ir } = state.session.stepper;
  return listBranches(state.session).map((b, i) => {
    const w = b.head.world;
    const mark = `${i === selected ? '>' : ' '}${b.current ? '*' : ' '}`;
    return `${mark}${fitCells(b.name, 20)} ${padStartCells(String(b.head.steps), 4)} steps  ${formatMonthLong(ir.start + w.month)}  outcome: ${outcomeStatus(w)}`;
  });
}

/** This branch and another side by side: actor states, indicator values, outcomes; differences marked ≠. */
export function compareLines(state: UiState, other: string, width: number): string[] {
  const s = state.session;
  const { ir } = s.stepper;
  const a = s.cursor.world;
  const b = s.branches[other]?.world ?? a;
  const col = Math.max(10, Math.floor((width - 24) / 2));
  const row = (name: string, left: string, right: string) =>
    `${left === right ? ' ' : '≠'} ${fitCells(name, 20)} ${fitCells(left, col)} ${fitCells(right, col)}`;
  return [
    row('', `${s.branch} (here)`, other),
    row('date', formatMonthLong(ir.start + a.month), formatMonthLong(ir.start + b.month)),
    row('outcome', outcomeStatus(a), outcomeStatus(b)),
    '',
    ...ir.actors.map((x) => row(x.id, stateLabel(ir, x.id, a.actors[x.id] as string, state.lang), stateLabel(ir, x.id, b.actors[x.id] as string, state.lang))),
    '',
    ...ir.indicators.map((i) => row(i.id, formatValue(a.indicators[i.id] as number), formatValue(b.indicators[i.id] as number))),
  ];
}
