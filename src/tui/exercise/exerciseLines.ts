// What the facilitator screen says, as lines: this month's injects, what is due, the log, the open form.
import { formatMonthLong } from '../../core/month.js';
import { outcomeStatus } from '../../engine/createStepper.js';
import type { Entry } from '../../exercise/exerciseEntry.js';
import { currentInjects, openPrompts, pendingDecisions } from '../../exercise/exerciseRun.js';
import { stateLabel } from '../../report/formatRunText.js';
import { textOf } from '../../report/textOf.js';
import { fieldsOf } from './exerciseForms.js';
import type { ExerciseUi } from './handleExerciseKey.js';

/** The header line. */
export function headerLine(ui: ExerciseUi): string {
  const s = ui.run.session;
  const w = s.cursor.world;
  return `${textOf(ui.run.exercise.title, ui.lang)} · ${formatMonthLong(s.stepper.ir.start + w.month)} (month ${w.month + 1}/${s.stepper.ir.months + 1}) · step ${s.cursor.steps} · outcome: ${outcomeStatus(w)}`;
}

/** This month's injects with their questions. */
export function monthLines(ui: ExerciseUi): string[] {
  const ex = ui.run.exercise;
  const injects = currentInjects(ui.run);
  if (injects.length === 0) return ['(no inject this month)'];
  return injects.flatMap((i) => [
    `• ${textOf(i.title, ui.lang)}${i.fire ? ` [${i.fire}]` : ''}${i.sources?.length ? ` (${i.sources.join(', ')})` : ''}`,
    `  ${textOf(i.narrative, ui.lang)}`,
    ...(i.question ? [`  ? ${textOf(ex.roles[i.question.role]?.label, ui.lang, i.question.role)}: ${textOf(i.question.text, ui.lang)}`] : []),
  ]);
}

/** Decisions due, predictions open, and the actors' states. */
export function dueLines(ui: ExerciseUi): string[] {
  const run = ui.run;
  const ex = run.exercise;
  const decisions = pendingDecisions(run).map((d) => `! decide (d): ${textOf(ex.roles[d.role]?.label, ui.lang, d.role)}: ${textOf(d.prompt, ui.lang)}`);
  const prompts = openPrompts(run).map((p) => {
    const n = run.entries.filter((e) => e.kind === 'predict' && e.prompt === p.id).length;
    return `? predict (p): ${textOf(p.prompt, ui.lang)} (${n} entered)`;
  });
  const { ir } = run.session.stepper;
  const actors = ir.actors.map((a) => `  ${a.id.padEnd(10)} ${stateLabel(ir, a.id, run.session.cursor.world.actors[a.id] as string, ui.lang)}`);
  return [...(decisions.length + prompts.length ? [...decisions, ...prompts] : ['nothing due: a advances the month']), '', ...actors];
}

/** The most recent log entries, newest last. */
export function logLines(ui: ExerciseUi, count: number): string[] {
  const { ir } = ui.run.session.stepper;
  return ui.run.log.slice(-count).map((l) => {
    const date = formatMonthLong(ir.start + l.month);
    if (l.kind === 'inject') return `${date}  inject ${l.inject}${l.fired ? ` → ${l.fired}` : ''}${l.skipped ? ` (skipped: ${l.skipped})` : ''}`;
    return `${date}  ${describeEntry(l.entry)}`;
  });
}

function describeEntry(e: Entry): string {
  switch (e.kind) {
    case 'predict':
      return `${e.team} predicts ${Object.entries(e.p)
        .map(([o, p]) => `${o} ${Math.round(p * 100)}%`)
        .join(', ')}`;
    case 'decide':
      return `decision ${e.decision}: ${e.choice}`;
    case 'move':
      return `${e.role} moves: ${e.trigger}`;
    case 'force':
      return `facilitator forces ${e.trigger}`;
    case 'veto':
      return `facilitator vetoes ${e.role}'s ${e.trigger}: ${e.reason}`;
    case 'override':
      return `facilitator sets ${e.indicator} to ${e.value}: ${e.reason}`;
    case 'note':
      return `note: ${e.text}`;
    case 'advance':
      return 'the month ends';
    case 'undo':
      return 'facilitator undoes the last action';
  }
}

/** The open form: answered fields, then the current one with its options or the text typed. */
export function formLines(ui: ExerciseUi): string[] {
  const form = ui.form;
  if (!form) return [];
  const fields = fieldsOf(ui.run, form, ui.lang);
  const lines = [form.title, ''];
  lines.push(...fields.slice(0, form.index).map((f) => `  ${f.label}: ${form.answers[f.key] ?? ''}`));
  const current = fields[form.index];
  if (current?.kind === 'select') {
    lines.push(`  ${current.label}:`);
    lines.push(...current.options.map((o, i) => `  ${i === form.selected ? '>' : ' '} ${o.label}`));
  } else if (current) lines.push(`  ${current.label}: ${form.text}▌`);
  return lines;
}
