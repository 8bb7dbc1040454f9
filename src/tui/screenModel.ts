// Everything the screen shows, derived from the UI state: the panels only display it.
import type { TriggerStatus } from '../engine/availableTriggers.js';
import { outcomeStatus } from '../engine/createStepper.js';
import type { HistoryNode } from '../engine/historyNode.js';
import { listBranches, recentSteps } from '../engine/session.js';
import type { StepRecord } from '../engine/stepRecord.js';
import { formatMonthIn, t } from '../i18n/messages.js';
import { stateLabel } from '../report/formatRunText.js';
import { labelOf } from '../report/labelOf.js';
import { textOf } from '../report/textOf.js';
import { blockedText } from './blockedText.js';
import { isDirty } from './handleNormalKey.js';
import { textIn } from './textIn.js';
import type { UiState } from './uiState.js';
import { visibleTriggers } from './visibleTriggers.js';

export type ActorRow = { readonly id: string; readonly label: string; readonly state: string; readonly stateLabel: string; readonly changed: boolean };
export type IndicatorRow = {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly delta: number;
  readonly history: readonly number[];
};
export type TriggerRow = { readonly id: string; readonly label: string; readonly kind: string; readonly enabled: boolean };
export type StepRow = { readonly index: number; readonly date: string; readonly trigger: string; readonly summary: string };

export type ScreenModel = {
  readonly title: string;
  readonly date: string;
  readonly month: number;
  readonly months: number;
  readonly step: number;
  readonly seed: number;
  readonly branch: string;
  readonly branches: number;
  readonly dirty: boolean;
  readonly actors: readonly ActorRow[];
  readonly indicators: readonly IndicatorRow[];
  readonly outcome: { readonly status: string; readonly label: string; readonly next: string | null };
  readonly triggers: readonly TriggerRow[];
  readonly triggerCount: number;
  readonly steps: readonly StepRow[];
  readonly selectedStep: number;
  /** What the selected trigger is, or why it cannot fire. */
  readonly selectedInfo: string;
};

const HISTORY = 16;

/** Builds the screen model; `timelineRows` bounds how many recent steps are explained. */
export function screenModel(state: UiState, timelineRows: number): ScreenModel {
  const s = state.session;
  const { ir } = s.stepper;
  const world = s.cursor.world;
  const before = s.cursor.parent?.world ?? world;
  const worlds: HistoryNode[] = [];
  for (let n: HistoryNode | null = s.cursor; n && worlds.length < HISTORY; n = n.parent) worlds.unshift(n);
  const lang = state.lang;
  const status = outcomeStatus(world);
  const upcoming = [...ir.schedule.keys()].filter((m) => m >= world.month).sort((a, b) => a - b)[0];
  const nextIds = upcoming === undefined ? [] : (ir.schedule.get(upcoming) ?? []);
  const next =
    world.ended || upcoming === undefined
      ? null
      : [t(lang, 'end.of', { month: formatMonthIn(lang, ir.start + upcoming) }), ...nextIds.map((id) => labelOf(ir, 'trigger', id, lang))].join(
          t(lang, 'list.sep'),
        );
  const selectedStep = state.selectedStep ?? s.cursor.steps;
  const visible = visibleTriggers(state);
  const shown = Math.max(timelineRows, s.cursor.steps - selectedStep + 1);
  return {
    title: textOf(ir.title, lang),
    date: formatMonthIn(lang, ir.start + world.month),
    month: world.month,
    months: ir.months,
    step: s.cursor.steps,
    seed: s.seed,
    branch: s.branch,
    branches: listBranches(s).length,
    dirty: isDirty(state),
    actors: ir.actors.map((a) => {
      const st = world.actors[a.id] as string;
      return {
        id: a.id,
        label: labelOf(ir, 'actor', a.id, lang),
        state: st,
        stateLabel: stateLabel(ir, a.id, st, lang),
        changed: st !== before.actors[a.id],
      };
    }),
    indicators: ir.indicators.map((i) => {
      const value = world.indicators[i.id] as number;
      const def = ir.scenario.indicators[i.id];
      return {
        id: i.id,
        label: labelOf(ir, 'indicator', i.id, lang),
        unit: textOf(def?.unit, lang),
        value,
        min: i.min,
        max: i.max,
        delta: value - (before.indicators[i.id] as number),
        history: worlds.map((n) => n.world.indicators[i.id] as number),
      };
    }),
    outcome: {
      status,
      label: status === 'open' ? '' : labelOf(ir, 'outcome', status, lang),
      next,
    },
    triggers: visible.map((t) => {
      return { id: t.id, label: labelOf(ir, 'trigger', t.id, lang), kind: ir.scenario.triggers[t.id]?.kind ?? '', enabled: t.enabled };
    }),
    triggerCount: ir.triggers.length,
    steps: recentSteps(s, shown).map((r) => stepRow(r, lang)),
    selectedStep,
    selectedInfo: selectedInfo(state, visible[state.selectedTrigger]),
  };
}

function selectedInfo(state: UiState, t: TriggerStatus | undefined): string {
  if (!t) return '';
  if (t.blocked) return `× ${t.id}: ${blockedText(t.blocked, state.lang)}`;
  const text = textIn(state.session.stepper.ir.scenario.triggers[t.id]?.description, state.lang);
  const description = text ? ` — ${text}` : '';
  return `${labelOf(state.session.stepper.ir, 'trigger', t.id, state.lang)}${description}`;
}

/** A one-line summary of a step: the first transitions, else the first effects. */
export function stepRow(r: StepRecord, lang = 'en'): StepRow {
  const parts = [
    ...r.transitions.map((t) => `${t.actor} → ${t.to}`),
    ...r.effects.map((e) => `${e.indicator} ${e.after >= e.before ? '+' : ''}${Math.round((e.after - e.before) * 100) / 100}`),
  ];
  if (r.decided) parts.unshift(r.outcome === 'undecided' ? t(lang, 'step.undecided') : t(lang, 'step.outcome', { id: r.outcome }));
  if (r.trigger === 'advance' && parts.length === 0) parts.push(t(lang, 'step.monthEnds'));
  return { index: r.index, date: r.date, trigger: r.trigger, summary: parts.join(', ') };
}
