// What the facilitator screen says, as lines: header, odds, this month, what is due, indicators, the log, the open form.
import { formatMonthLong } from '../../core/month.js';
import { outcomeStatus } from '../../engine/createStepper.js';
import { currentInjects, openPrompts, pendingDecisions } from '../../exercise/exerciseRun.js';
import { stateLabel } from '../../report/formatRunText.js';
import { textOf } from '../../report/textOf.js';
import { fitCells } from '../fitCells.js';
import { describeEntry } from './describeEntry.js';
import { fieldsOf } from './exerciseForms.js';
import type { ExerciseUi } from './exerciseUi.js';

/** The header: the title is shortened so that the date and the outcome always fit. */
export function headerLine(ui: ExerciseUi, width: number): string {
  const s = ui.run.session;
  const w = s.cursor.world;
  const tail = ` · ${formatMonthLong(s.stepper.ir.start + w.month)} (month ${w.month + 1}/${s.stepper.ir.months + 1}) · outcome: ${outcomeStatus(w)}`;
  const title = textOf(ui.run.exercise.title, ui.lang);
  return `${fitCells(title, Math.max(8, width - tail.length)).trimEnd()}${tail}`;
}

/** The model's odds in one line, with the widest 95% half-interval. */
export function oddsLine(ui: ExerciseUi): string {
  const w = ui.run.session.cursor.world;
  if (w.ended) return `ended: ${outcomeStatus(w)}; the debrief scores every prediction against it`;
  if (!ui.odds) return 'model odds: not available';
  const pp = Math.max(1, Math.round(ui.odds.halfWidth * 100));
  return `odds ±${pp} pp: ${ui.odds.items.map((o) => `${o.id} ${Math.round(o.p * 100)}%`).join(' ')}`;
}

/** This month's injects with their questions, then the actors' states. */
export function monthLines(ui: ExerciseUi): string[] {
  const ex = ui.run.exercise;
  const { ir } = ui.run.session.stepper;
  const injects = currentInjects(ui.run);
  const lines =
    injects.length === 0
      ? ['(no inject this month)']
      : injects.flatMap((i) => [
          `• ${textOf(i.title, ui.lang)}${i.fire ? ` [${i.fire}]` : ''}${i.sources?.length ? ` (${i.sources.join(', ')})` : ''}`,
          `  ${textOf(i.narrative, ui.lang)}`,
          ...(i.question ? [`  ? ${textOf(ex.roles[i.question.role]?.label, ui.lang, i.question.role)}: ${textOf(i.question.text, ui.lang)}`] : []),
        ]);
  const actors = ir.actors.map((a) => `  ${a.id.padEnd(10)} ${stateLabel(ir, a.id, ui.run.session.cursor.world.actors[a.id] as string, ui.lang)}`);
  return [...lines, '', 'ACTORS', ...actors];
}

/** Decisions due and prompts open (or the end of the exercise), then the indicators with their ranges. */
export function dueLines(ui: ExerciseUi): string[] {
  const run = ui.run;
  const ex = run.exercise;
  const { ir } = run.session.stepper;
  const w = run.session.cursor.world;
  const indicators = ir.indicators.map(
    (i) => `  ${fitCells(textOf(ir.scenario.indicators[i.id]?.label, ui.lang, i.id), 24)} ${String(w.indicators[i.id]).padStart(5)}`,
  );
  if (w.ended) {
    const o = outcomeStatus(w);
    const label = o === 'undecided' ? 'undecided' : textOf(ir.scenario.outcomes[o]?.label, ui.lang, o);
    return [
      '■ THE EXERCISE HAS ENDED',
      `  outcome: ${label} (${o})`,
      `  debrief: statecraft debrief ${ui.transcript}`,
      '  u takes back the last action',
      '',
      'INDICATORS',
      ...indicators,
    ];
  }
  const decisions = pendingDecisions(run).map((d) => `! decide (d): ${textOf(ex.roles[d.role]?.label, ui.lang, d.role)}: ${textOf(d.prompt, ui.lang)}`);
  const prompts = openPrompts(run).map((p) => {
    const n = run.log.filter((l) => l.kind === 'entry' && l.entry.kind === 'predict' && l.entry.prompt === p.id).length;
    return `? predict (p): ${textOf(p.prompt, ui.lang)} (${n} entered)`;
  });
  const due = decisions.length + prompts.length ? [...decisions, ...prompts] : ['nothing due: a ends the month'];
  return [...due, '', 'INDICATORS', ...indicators];
}

/** `count` log lines ending `back` lines before the newest, and the position shown. */
export function logLines(ui: ExerciseUi, count: number): { lines: string[]; position: string } {
  const { ir } = ui.run.session.stepper;
  const all = ui.run.log.map((l) => {
    const date = formatMonthLong(ir.start + l.month);
    if (l.kind === 'inject') return `${date}  inject ${l.inject}${l.fired ? ` → ${l.fired}` : ''}${l.skipped ? ` (skipped: ${l.skipped})` : ''}`;
    const text = describeEntry(ui.run, l.entry, ui.lang);
    return `${date}  ${l.undone ? `${text}: ${describeEntry(ui.run, l.undone, ui.lang)}` : text}`;
  });
  const end = Math.max(Math.min(count, all.length), all.length - ui.logBack);
  const start = Math.max(0, end - count);
  return {
    lines: all.slice(start, end),
    position: all.length ? `${start + 1}–${end} of ${all.length}${end < all.length ? ' (↓ newer)' : ''}${start > 0 ? ' (↑ older)' : ''}` : '',
  };
}

/** The open form in `rows` lines: answered fields, then the current one with a window of its options (those that cannot happen now marked ✗, the reason of the highlighted one spelled out) or the text typed and its check. */
export function formLines(ui: ExerciseUi, rows: number): string[] {
  const form = ui.form;
  if (!form) return [];
  const fields = fieldsOf(ui.run, form, ui.lang);
  const lines = [form.title, ''];
  lines.push(...fields.slice(0, form.index).map((f) => `  ${f.label}: ${form.answers[f.key] ?? ''}`));
  const current = fields[form.index];
  if (current?.kind === 'select') {
    lines.push(`  ${current.label}:`);
    const chosen = current.options[form.selected];
    const reason = chosen?.blocked ? [`  ✗ ${chosen.value} cannot happen now: ${chosen.blocked}`] : [];
    const room = Math.max(3, rows - lines.length - 2 - Math.ceil(reason.join('').length / 60));
    const first = Math.max(0, Math.min(form.selected - Math.floor(room / 2), current.options.length - room));
    const shown = current.options.slice(first, first + room);
    if (first > 0) lines.push(`    ↑ ${first} more`);
    lines.push(...shown.map((o, i) => `  ${first + i === form.selected ? '>' : ' '} ${o.blocked ? '✗' : ' '} ${o.label}`));
    const below = current.options.length - first - shown.length;
    if (below > 0) lines.push(`    ↓ ${below} more`);
    lines.push(...reason);
  } else if (current) {
    lines.push(`  ${current.label}: ${form.text}▌`);
    const problem = form.text === '' ? null : current.check(form.text);
    if (problem) lines.push(`    ✗ ${problem}`);
  }
  return lines;
}
