// The facilitator's forms: each action is a short sequence of choices and typed answers, each checked as it is typed.

import stringWidth from 'string-width';
import { available } from '../../engine/session.js';
import type { Entry } from '../../exercise/exerciseEntry.js';
import { type ExerciseRun, openPrompts, pendingDecisions } from '../../exercise/exerciseRun.js';
import { t, withoutIsolates } from '../../i18n/messages.js';
import { formatValue } from '../../report/formatValue.js';
import { textOf } from '../../report/textOf.js';
import { blockedText } from '../blockedText.js';
import { fitCells } from '../fitCells.js';

/** Cells an option has on the form's row at 80 columns, after the cursor and the ✗ mark (`  > ✗ `). */
const OPTION_WIDTH = 80 - 6;

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

const confirm = (lang: string): Field => ({
  kind: 'select',
  key: 'confirm',
  label: t(lang, 'x.field.confirm'),
  options: [
    { value: 'yes', label: t(lang, 'x.option.confirm') },
    { value: 'no', label: t(lang, 'x.option.cancel') },
  ],
});
const required = (lang: string, what: 'x.what.name' | 'x.what.reason' | 'x.what.note') => (text: string) =>
  text.trim() === '' ? t(lang, 'x.required', { what: t(lang, what) }) : null;

/** Reads "25%", "0.25" or ".25" as a probability; null when it is not one. */
export function parseProbability(text: string): number | null {
  const s = text.trim();
  const v = s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s);
  return s === '' || !Number.isFinite(v) || v < 0 || v > 1 ? null : v;
}

/** The trigger's id with its label, as every list shows it. */
export const labelled = (run: ExerciseRun, id: string, lang: string) => {
  const label = textOf(run.session.stepper.ir.scenario.triggers[id]?.label, lang, '');
  return label ? `${id} — ${label}` : id;
};

/** Triggers as options, those that cannot happen now marked with the reason. */
function triggerOptions(run: ExerciseRun, ids: readonly string[], lang: string): Option[] {
  const status = new Map(available(run.session).map((x) => [x.id, x]));
  return ids.map((id) => {
    if (id === 'pass') return { value: id, label: t(lang, 'x.option.pass') };
    const b = status.get(id)?.blocked;
    return b ? { value: id, label: labelled(run, id, lang), blocked: blockedText(b, lang) } : { value: id, label: labelled(run, id, lang) };
  });
}

/** Every move of a role's actors. */
const movesOf = (run: ExerciseRun, role: string) => {
  const actors = run.exercise.roles[role]?.actors ?? [];
  return Object.entries(run.session.stepper.ir.scenario.triggers)
    .filter(([, trigger]) => trigger.kind === 'move' && actors.includes(trigger.actor ?? ''))
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
        { kind: 'select', key: 'decision', label: t(lang, 'x.field.decision'), options: decisions },
        { kind: 'select', key: 'choice', label: t(lang, 'x.field.choice'), options: triggerOptions(run, d?.options ?? [], lang) },
        confirm(lang),
      ];
    }
    case 'predict':
      return [
        {
          kind: 'select',
          key: 'prompt',
          label: t(lang, 'x.field.prompt'),
          options: openPrompts(run).map((p) => ({ value: p.id, label: textOf(p.prompt, lang) })),
        },
        { kind: 'text', key: 'team', label: t(lang, 'x.field.team'), check: required(lang, 'x.what.name') },
        ...[...ir.outcomes.map((o) => o.id), 'undecided'].map(
          (o, i, all): Field => ({
            kind: 'text',
            key: `p:${o}`,
            label: o === 'undecided' ? t(lang, 'x.field.pUndecided') : t(lang, 'x.field.p', { id: o }),
            check: (text) => checkProbability(lang, a, all.slice(0, i), text, o === 'undecided'),
          }),
        ),
      ];
    case 'move':
      return [
        { kind: 'select', key: 'role', label: t(lang, 'x.field.role'), options: roles },
        { kind: 'select', key: 'trigger', label: t(lang, 'x.field.move'), options: a.role ? triggerOptions(run, movesOf(run, a.role), lang) : [] },
        confirm(lang),
      ];
    case 'force':
      return [
        { kind: 'select', key: 'trigger', label: t(lang, 'x.field.force'), options: triggerOptions(run, Object.keys(ir.scenario.triggers), lang) },
        confirm(lang),
      ];
    case 'veto':
      return [
        { kind: 'select', key: 'role', label: t(lang, 'x.field.vetoRole'), options: roles },
        {
          kind: 'select',
          key: 'trigger',
          label: t(lang, 'x.field.proposed'),
          options: a.role ? movesOf(run, a.role).map((id) => ({ value: id, label: labelled(run, id, lang) })) : [],
        },
        { kind: 'text', key: 'reason', label: t(lang, 'x.field.reason'), check: required(lang, 'x.what.reason') },
        confirm(lang),
      ];
    case 'override': {
      const ind = ir.indicators.find((i) => i.id === a.indicator);
      const options = ir.indicators.map((i) => {
        const option = (label: string) =>
          t(lang, 'x.option.indicator', { id: i.id, label, value: formatValue(run.session.cursor.world.indicators[i.id] as number), min: i.min, max: i.max });
        // The option fits the form's row at 80 columns: the label is shortened, never the current value or the range.
        const label = textOf(ir.scenario.indicators[i.id]?.label, lang, i.id);
        const over = stringWidth(withoutIsolates(option(label))) - OPTION_WIDTH;
        return { value: i.id, label: option(over > 0 ? fitCells(label, Math.max(4, stringWidth(label) - over)).trimEnd() : label) };
      });
      return [
        { kind: 'select', key: 'indicator', label: t(lang, 'x.field.indicator'), options },
        {
          kind: 'text',
          key: 'value',
          label: t(lang, 'x.field.value', { min: ind?.min ?? 0, max: ind?.max ?? 0 }),
          check: (text) => checkValue(lang, text, ind?.min ?? 0, ind?.max ?? 0),
        },
        { kind: 'text', key: 'reason', label: t(lang, 'x.field.reason'), check: required(lang, 'x.what.reason') },
        confirm(lang),
      ];
    }
    case 'undo':
      return [confirm(lang)];
    default:
      return [{ kind: 'text', key: 'text', label: t(lang, 'x.field.note'), check: required(lang, 'x.what.note') }];
  }
}

function checkValue(lang: string, text: string, min: number, max: number): string | null {
  const v = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(v)) return t(lang, 'x.notNumber', { text, min, max });
  return v < min || v > max ? t(lang, 'x.outside', { value: String(v), min, max }) : null;
}

function checkProbability(lang: string, answers: Readonly<Record<string, string>>, before: readonly string[], text: string, last: boolean): string | null {
  const v = last && text.trim() === '' ? 0 : parseProbability(text);
  if (v === null) return t(lang, 'x.notProbability', { text });
  const sum = before.reduce((s, o) => s + (parseProbability(answers[`p:${o}`] ?? '') ?? 0), 0) + v;
  const r = (x: number) => String(Math.round(x * 1000) / 1000);
  if (sum > 1.005) return t(lang, 'x.tooMuch', { sum: r(sum), most: r(Math.max(0, 1 - sum + v)) });
  if (last && Math.abs(sum - 1) > 0.005) return t(lang, 'x.notOne', { sum: r(sum), rest: r(1 - sum + v) });
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
