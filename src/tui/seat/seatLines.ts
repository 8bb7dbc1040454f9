// What a team's seat shows, as lines: the header, the news, what is asked of the team, the world, the log, the open form.
import type { SeatView } from '../../server/seatView.js';
import { wrapCells } from '../fitCells.js';
import type { SeatUi } from './handleSeatKey.js';

/** The header: exercise, seat, date, outcome, connection. */
export function seatHeader(ui: SeatUi, seat: string): string {
  const v = ui.view;
  if (!v) return `${seat} · ${ui.connection}`;
  return `${seat} · ${v.date} (month ${v.month + 1}/${v.months + 1}) · outcome: ${v.outcome.label}${v.ended ? ' (ended)' : ''} · ${ui.connection}`;
}

/** The briefing (shared, then the role's own), wrapped. */
export function briefingLines(v: SeatView, width: number): string[] {
  return ['BRIEFING (b closes)', ...wrapCells(v.briefing, width), ...(v.roleBriefing ? ['', 'YOUR ROLE', ...wrapCells(v.roleBriefing, width)] : [])];
}

/** The latest injects, newest first. */
export function newsLines(v: SeatView, width: number): string[] {
  if (v.injects.length === 0) return ['(no news yet)'];
  return [...v.injects]
    .reverse()
    .flatMap((i) => [
      ...wrapCells(`• ${i.date}  ${i.title}`, width, '  '),
      ...wrapCells(`  ${i.narrative}`, width),
      ...(i.question ? wrapCells(`  ? ${i.question}`, width, '    ') : []),
    ]);
}

/** What is asked of this team now, and what waits for the facilitator. */
export function turnLines(v: SeatView, width: number, watch: boolean): string[] {
  if (watch) return v.odds ? oddsLines(v) : ['(watching)'];
  if (v.ended) return [`The exercise has ended: ${v.outcome.label}.`, ...(v.odds ? oddsLines(v) : [])];
  const lines = [
    ...v.decisions.flatMap((d) => wrapCells(`! decide (d): ${d.prompt}`, width, '  ')),
    ...v.prompts.flatMap((p) => wrapCells(`? predict (p): ${p.prompt}${p.answered ? ' (sent)' : ''}`, width, '  ')),
    `moves (m): ${v.moves.filter((m) => m.enabled).length} possible now`,
    ...v.pending.flatMap((p) => wrapCells(`… waiting for the facilitator: ${p.summary}`, width, '  ')),
  ];
  return [...lines, ...(v.odds ? ['', ...oddsLines(v)] : [])];
}

function oddsLines(v: SeatView): string[] {
  return [
    'ODDS (shown by the facilitator)',
    ...(v.odds ?? []).map((o) => `  ${v.outcomes.find((x) => x.id === o.id)?.label ?? o.id}  ${(o.p * 100).toFixed(1)}%`),
  ];
}

/** Actors' states and indicators, wrapped to the width. */
export function worldLines(v: SeatView, width: number): string[] {
  return [
    'THE WORLD (w closes)',
    '',
    ...v.actors.flatMap((a) => wrapCells(`${a.id}: ${a.state}`, width, '    ')),
    '',
    ...v.indicators.flatMap((i) => wrapCells(`${i.label}: ${i.value} (from ${i.min} to ${i.max})`, width, '    ')),
  ];
}

/** The log, newest last, wrapped. */
export function logLines(v: SeatView, width: number): string[] {
  return v.log.flatMap((l) => wrapCells(l, width, '           '));
}

/** The open form. */
export function seatFormLines(ui: SeatUi, width: number): string[] {
  const f = ui.form;
  if (!f) return [];
  if (f.kind === 'confirm') {
    const a = f.action;
    const what = a.kind === 'predict' ? (ui.view?.outcomes ?? []).map((o) => `  ${o.label}: ${Math.round((a.p[o.id] ?? 0) * 100)}%`) : [];
    return [f.title, ...what, '', 'Send this to the facilitator? y sends, n or Esc cancels'];
  }
  if (f.kind === 'pick')
    return [
      f.title,
      '',
      ...f.options.flatMap((o, i) =>
        wrapCells(
          `${i === f.selected ? '>' : ' '} ${o.enabled ? '' : '× '}${o.label}${o.enabled ? '' : ` (${o.reason ?? 'not possible now'})`}`,
          width,
          '    ',
        ),
      ),
      '',
      '↑↓ choose  ⏎ select  Esc cancels',
    ];
  const outcomes = ui.view?.outcomes ?? [];
  const total = f.values.reduce((a, v) => a + Number(v || 0), 0);
  return [
    f.title,
    '',
    ...outcomes.map((o, i) => `${i === f.index ? '>' : ' '} ${o.label}: ${f.values[i] ?? ''}${i === f.index ? '▌' : ''}%`),
    '',
    `total ${total}% of 100%  ·  digits type, ⏎ next, ↑ back, Esc cancels`,
  ];
}
