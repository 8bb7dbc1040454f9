// The facilitator's forms: each action is a short sequence of choices and typed answers.
import { UserError } from '../../core/errors.js';
import { available } from '../../engine/session.js';
import type { Entry } from '../../exercise/exerciseEntry.js';
import { type ExerciseRun, legalMoves, openPrompts, pendingDecisions } from '../../exercise/exerciseRun.js';
import { textOf } from '../../report/textOf.js';

export type Field =
  | { readonly kind: 'select'; readonly key: string; readonly label: string; readonly options: readonly { readonly value: string; readonly label: string }[] }
  | { readonly kind: 'text'; readonly key: string; readonly label: string };

/** The facilitator's confirmation of a role's choice. */
const CONFIRM: Field = {
  kind: 'select',
  key: 'confirm',
  label: 'Facilitator confirms',
  options: [
    { value: 'yes', label: 'confirm' },
    { value: 'no', label: 'cancel' },
  ],
};

/** A form in progress: the fields so far (later ones may depend on earlier answers), answers, the field being filled. */
export type Form = {
  readonly action: string;
  readonly title: string;
  readonly answers: Readonly<Record<string, string>>;
  readonly index: number;
  readonly selected: number;
  readonly text: string;
};

/** The fields of an action given the answers so far. */
export function fieldsOf(run: ExerciseRun, form: Pick<Form, 'action' | 'answers'>, lang: string): Field[] {
  const ex = run.exercise;
  const roles = Object.entries(ex.roles).map(([id, r]) => ({ value: id, label: textOf(r.label, lang, id) }));
  const outcomes = run.session.stepper.ir.outcomes.map((o) => o.id);
  const a = form.answers;
  switch (form.action) {
    case 'decide': {
      const decisions = pendingDecisions(run);
      const d = decisions.find((x) => x.id === a.decision);
      return [
        {
          kind: 'select',
          key: 'decision',
          label: 'Decision',
          options: decisions.map((x) => ({ value: x.id, label: `${textOf(ex.roles[x.role]?.label, lang, x.role)}: ${textOf(x.prompt, lang)}` })),
        },
        { kind: 'select', key: 'choice', label: 'The role chooses', options: (d?.options ?? []).map((o) => ({ value: o, label: o })) },
        CONFIRM,
      ];
    }
    case 'predict':
      return [
        { kind: 'select', key: 'prompt', label: 'Prompt', options: openPrompts(run).map((p) => ({ value: p.id, label: textOf(p.prompt, lang) })) },
        { kind: 'text', key: 'team', label: 'Student or team' },
        ...outcomes.map((o): Field => ({ kind: 'text', key: `p:${o}`, label: `P(${o}), as 0.25 or 25%` })),
      ];
    case 'move':
      return [
        { kind: 'select', key: 'role', label: 'Role', options: roles },
        { kind: 'select', key: 'trigger', label: 'Move', options: a.role ? legalMoves(run, a.role).map((t) => ({ value: t, label: t })) : [] },
        CONFIRM,
      ];
    case 'force':
      return [
        {
          kind: 'select',
          key: 'trigger',
          label: 'Force which trigger',
          options: available(run.session)
            .filter((t) => t.enabled)
            .map((t) => ({ value: t.id, label: t.id })),
        },
      ];
    case 'veto':
      return [
        { kind: 'select', key: 'role', label: 'Veto which role', options: roles },
        { kind: 'select', key: 'trigger', label: 'Its proposed move', options: a.role ? legalMoves(run, a.role).map((t) => ({ value: t, label: t })) : [] },
        { kind: 'text', key: 'reason', label: 'Reason (required)' },
      ];
    case 'override':
      return [
        {
          kind: 'select',
          key: 'indicator',
          label: 'Indicator',
          options: run.session.stepper.ir.indicators.map((i) => ({
            value: i.id,
            label: `${i.id} (now ${run.session.cursor.world.indicators[i.id]}, ${i.min}..${i.max})`,
          })),
        },
        { kind: 'text', key: 'value', label: 'New value' },
        { kind: 'text', key: 'reason', label: 'Reason (required)' },
      ];
    default:
      return [{ kind: 'text', key: 'text', label: 'Note' }];
  }
}

/** Reads "25%", "0.25" or ".25" as a probability. */
export function parseProbability(text: string): number {
  const t = text.trim();
  const v = t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (t === '' || !Number.isFinite(v)) throw new UserError(`"${text}" is not a probability`, 'type 0.25 or 25%');
  return v;
}

/** The entry a completed form stands for, or null when the facilitator cancelled. */
export function entryOf(run: ExerciseRun, form: Form): Entry | null {
  const a = form.answers;
  if (a.confirm === 'no') return null;
  switch (form.action) {
    case 'decide':
      return { kind: 'decide', decision: a.decision as string, choice: a.choice as string };
    case 'predict':
      return {
        kind: 'predict',
        prompt: a.prompt as string,
        team: (a.team as string).trim(),
        p: Object.fromEntries(run.session.stepper.ir.outcomes.map((o) => [o.id, parseProbability(a[`p:${o.id}`] ?? '')])),
      };
    case 'move':
      return { kind: 'move', role: a.role as string, trigger: a.trigger as string };
    case 'force':
      return { kind: 'force', trigger: a.trigger as string };
    case 'veto':
      return { kind: 'veto', role: a.role as string, trigger: a.trigger as string, reason: (a.reason as string).trim() };
    case 'override': {
      const value = Number(a.value);
      if (!Number.isFinite(value)) throw new UserError(`"${a.value}" is not a number`, 'type a number within the bounds');
      return { kind: 'override', indicator: a.indicator as string, value, reason: (a.reason as string).trim() };
    }
    default:
      return { kind: 'note', text: (a.text as string).trim() };
  }
}
