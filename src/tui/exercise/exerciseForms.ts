// The facilitator's forms: each action is a short sequence of choices and typed answers, each checked as it is typed.
import { describeBlocked } from '../../engine/availableTriggers.js';
import { available } from '../../engine/session.js';
import type { Entry } from '../../exercise/exerciseEntry.js';
import { type ExerciseRun, openPrompts, pendingDecisions } from '../../exercise/exerciseRun.js';
import { textOf } from '../../report/textOf.js';

/** A choice; `blocked` says why it cannot be taken now. */
export type Option = { readonly value: string; readonly label: string; readonly blocked?: string };
/** A field: a list to choose from, or text checked as typed (`check` gives the problem, or null when the text is fine). */
export type Field =
  | { readonly kind: 'select'; readonly key: string; readonly label: string; readonly options: readonly Option[] }
  | { readonly kind: 'text'; readonly key: string; readonly label: string; readonly check: (text: string) => string | null };

/** A form in progress: the answers so far, the field being filled, the choice highlighted, the text typed. */
export type Form = {
  readonly action: string;
  readonly title: string;
  readonly answers: Readonly<Record<string, string>>;
  readonly index: number;
  readonly selected: number;
  readonly text: string;
};

const CONFIRM: Field = {
  kind: 'select',
  key: 'confirm',
  label: 'Facilitator confirms',
  options: [
    { value: 'yes', label: 'confirm' },
    { value: 'no', label: 'cancel' },
  ],
};
const required = (what: string) => (t: string) => (t.trim() === '' ? `type ${what} first (Esc cancels)` : null);

/** Reads "25%", "0.25" or ".25" as a probability; null when it is not one. */
export function parseProbability(text: string): number | null {
  const t = text.trim();
  const v = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  return t === '' || !Number.isFinite(v) || v < 0 || v > 1 ? null : v;
}

/** The trigger's id with its label, as every list shows it. */
export const labelled = (run: ExerciseRun, id: string, lang: string) => {
  const label = textOf(run.session.stepper.ir.scenario.triggers[id]?.label, lang, '');
  return label ? `${id} — ${label}` : id;
};

/** Triggers as options, those that cannot happen now marked with the reason. */
function triggerOptions(run: ExerciseRun, ids: readonly string[], lang: string): Option[] {
  const status = new Map(available(run.session).map((t) => [t.id, t]));
  return ids.map((id) => {
    if (id === 'pass') return { value: id, label: 'pass — the role does nothing now' };
    const b = status.get(id)?.blocked;
    return b ? { value: id, label: labelled(run, id, lang), blocked: describeBlocked(b) } : { value: id, label: labelled(run, id, lang) };
  });
}

/** Every move of a role's actors. */
const movesOf = (run: ExerciseRun, role: string) => {
  const actors = run.exercise.roles[role]?.actors ?? [];
  return Object.entries(run.session.stepper.ir.scenario.triggers)
    .filter(([, t]) => t.kind === 'move' && actors.includes(t.actor ?? ''))
    .map(([id]) => id);
};

/** The fields of an action given the answers so far. */
export function fieldsOf(run: ExerciseRun, form: Pick<Form, 'action' | 'answers'>, lang: string): Field[] {
  const ex = run.exercise;
  const { ir } = run.session.stepper;
  const roles = Object.entries(ex.roles).map(([id, r]) => ({ value: id, label: `${id} — ${textOf(r.label, lang, id)}` }));
  const a = form.answers;
  switch (form.action) {
    case 'decide': {
      const d = pendingDecisions(run).find((x) => x.id === a.decision);
      const decisions = pendingDecisions(run).map((x) => ({
        value: x.id,
        label: `${textOf(ex.roles[x.role]?.label, lang, x.role)}: ${textOf(x.prompt, lang)}`,
      }));
      return [
        { kind: 'select', key: 'decision', label: 'Decision', options: decisions },
        { kind: 'select', key: 'choice', label: 'The role chooses', options: triggerOptions(run, d?.options ?? [], lang) },
        CONFIRM,
      ];
    }
    case 'predict':
      return [
        { kind: 'select', key: 'prompt', label: 'Prompt', options: openPrompts(run).map((p) => ({ value: p.id, label: textOf(p.prompt, lang) })) },
        { kind: 'text', key: 'team', label: 'Student or team', check: required('a name') },
        ...[...ir.outcomes.map((o) => o.id), 'undecided'].map(
          (o, i, all): Field => ({
            kind: 'text',
            key: `p:${o}`,
            label: o === 'undecided' ? 'P(undecided), 0..1 or %; empty = 0' : `P(${o}), 0..1 or 25%`,
            check: (t) => checkProbability(a, all.slice(0, i), t, o === 'undecided'),
          }),
        ),
      ];
    case 'move':
      return [
        { kind: 'select', key: 'role', label: 'Role', options: roles },
        { kind: 'select', key: 'trigger', label: 'Move', options: a.role ? triggerOptions(run, movesOf(run, a.role), lang) : [] },
        CONFIRM,
      ];
    case 'force':
      return [{ kind: 'select', key: 'trigger', label: 'Force which trigger', options: triggerOptions(run, Object.keys(ir.scenario.triggers), lang) }, CONFIRM];
    case 'veto':
      return [
        { kind: 'select', key: 'role', label: 'Veto which role', options: roles },
        {
          kind: 'select',
          key: 'trigger',
          label: 'Its proposed move',
          options: a.role ? movesOf(run, a.role).map((t) => ({ value: t, label: labelled(run, t, lang) })) : [],
        },
        { kind: 'text', key: 'reason', label: 'Reason (required)', check: required('a reason') },
        CONFIRM,
      ];
    case 'override': {
      const ind = ir.indicators.find((i) => i.id === a.indicator);
      const options = ir.indicators.map((i) => ({
        value: i.id,
        label: `${i.id} — ${textOf(ir.scenario.indicators[i.id]?.label, lang, i.id)} (now ${run.session.cursor.world.indicators[i.id]}, ${i.min}..${i.max})`,
      }));
      return [
        { kind: 'select', key: 'indicator', label: 'Indicator', options },
        { kind: 'text', key: 'value', label: `New value (${ind?.min}..${ind?.max})`, check: (t) => checkValue(t, ind?.min ?? 0, ind?.max ?? 0) },
        { kind: 'text', key: 'reason', label: 'Reason (required)', check: required('a reason') },
        CONFIRM,
      ];
    }
    case 'undo':
      return [CONFIRM];
    default:
      return [{ kind: 'text', key: 'text', label: 'Note', check: required('the note') }];
  }
}

function checkValue(t: string, min: number, max: number): string | null {
  const v = Number(t.trim());
  if (t.trim() === '' || !Number.isFinite(v)) return `"${t}" is not a number: type a number from ${min} to ${max}`;
  return v < min || v > max ? `${v} is outside ${min}..${max}: type a number from ${min} to ${max}` : null;
}

function checkProbability(answers: Readonly<Record<string, string>>, before: readonly string[], t: string, last: boolean): string | null {
  const v = last && t.trim() === '' ? 0 : parseProbability(t);
  if (v === null) return `"${t}" is not a probability: type 0.25 or 25% (0 to 1)`;
  const sum = before.reduce((s, o) => s + (parseProbability(answers[`p:${o}`] ?? '') ?? 0), 0) + v;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  if (sum > 1.005) return `the probabilities would add up to ${r(sum)}: at most ${r(Math.max(0, 1 - sum + v))} here (Backspace on an empty field goes back)`;
  if (last && Math.abs(sum - 1) > 0.005) return `the probabilities add up to ${r(sum)}, not 1: type ${r(1 - sum + v)} here, or go back with Backspace`;
  return null;
}

/** The entry a completed form stands for, or null when the facilitator cancelled. */
export function entryOf(run: ExerciseRun, form: Form): Entry | null {
  const a = form.answers as Record<string, string>;
  if (a.confirm === 'no') return null;
  switch (form.action) {
    case 'decide':
      return { kind: 'decide', decision: a.decision as string, choice: a.choice as string };
    case 'predict': {
      const ids = run.session.stepper.ir.outcomes.map((o) => o.id);
      const p = Object.fromEntries(ids.map((o) => [o, parseProbability(a[`p:${o}`] ?? '') ?? 0]));
      const undecided = parseProbability(a['p:undecided'] ?? '') ?? 0;
      return { kind: 'predict', prompt: a.prompt as string, team: (a.team as string).trim(), p: undecided > 0 ? { ...p, undecided } : p };
    }
    case 'move':
      return { kind: 'move', role: a.role as string, trigger: a.trigger as string };
    case 'force':
      return { kind: 'force', trigger: a.trigger as string };
    case 'veto':
      return { kind: 'veto', role: a.role as string, trigger: a.trigger as string, reason: (a.reason as string).trim() };
    case 'override':
      return { kind: 'override', indicator: a.indicator as string, value: Number(a.value), reason: (a.reason as string).trim() };
    case 'undo':
      return { kind: 'undo' };
    default:
      return { kind: 'note', text: (a.text as string).trim() };
  }
}
