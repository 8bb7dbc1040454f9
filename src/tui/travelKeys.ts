// Moving through time by chance or by jumping: roll a month, autoplay to the end, jump back to a timeline step.
import { outcomeStatus } from '../engine/createStepper.js';
import { depthOfStep, goto, roll, type Session } from '../engine/session.js';
import type { World } from '../engine/world.js';
import { formatMonthIn, t } from '../i18n/messages.js';
import { endedRefusal } from './refusals.js';
import { runAction } from './runAction.js';
import type { UiState } from './uiState.js';

const NORMAL = { kind: 'normal' } as const;

/** R: one month by chance, seeded as `run --steps roll`. */
export function rollMonth(state: UiState): UiState {
  return runAction(
    state,
    (s) => roll(s),
    (s) => rolledText(s, state.lang),
    endedRefusal(state.session, state.lang),
  );
}

/** P: starts autoplay, unless the scenario has ended. */
export function startAutoplay(state: UiState): UiState {
  if (state.session.cursor.world.ended) return { ...state, status: { kind: 'error', text: t(state.lang, 'status.endedNoAutoplay') } };
  return { ...state, mode: { kind: 'autoplay' }, status: { kind: 'info', text: t(state.lang, 'status.autoplayStart') } };
}

/** Any key during autoplay: stops it where it is. */
export function stopAutoplay(state: UiState): UiState {
  const s = state.session;
  const date = formatMonthIn(state.lang, s.stepper.ir.start + s.cursor.world.month);
  return { ...state, mode: NORMAL, status: { kind: 'info', text: t(state.lang, 'status.autoplayStopped', { date, n: s.cursor.steps }) } };
}

/** One month of autoplay: rolls a month by chance; stops at the end. */
export function autoplayStep(state: UiState): UiState {
  if (state.mode.kind !== 'autoplay') return state;
  const lang = state.lang;
  const next = runAction(
    state,
    (s) => roll(s),
    (s) => rolledText(s, lang),
  );
  if (next.status?.kind === 'error') return { ...next, mode: NORMAL };
  const what = rolledText(next.session, lang);
  if (next.session.cursor.world.ended) return { ...next, mode: NORMAL, status: { kind: 'info', text: t(lang, 'status.autoplayEnd', { what }) } };
  return { ...next, status: { kind: 'info', text: t(lang, 'status.autoplay', { what }) } };
}

/** g: back to the step selected in the timeline, in one move (redo walks forward again). */
export function jumpBack(state: UiState): UiState {
  if (state.selectedStep === null) return { ...state, status: { kind: 'error', text: t(state.lang, 'status.selectStep') } };
  const depth = depthOfStep(state.session, state.selectedStep);
  return runAction(
    state,
    (s) => goto(s, depth),
    (s) => t(state.lang, 'status.jumped', { n: s.cursor.steps }),
  );
}

/** What a roll did: the month, what fired by chance, and the outcome if it ended the scenario. */
function rolledText(s: Session, lang: string): string {
  const { ir } = s.stepper;
  const a = s.cursor.action;
  const what = a?.kind === 'roll' && a.fired.length > 0 ? t(lang, 'status.byChance', { ids: a.fired.join(', ') }) : t(lang, 'status.nothingByChance');
  const text = t(lang, 'status.rolled', { date: formatMonthIn(lang, ir.start + (s.cursor.parent?.world.month ?? 0)), what });
  return s.cursor.world.ended ? t(lang, 'status.rolledEnd', { text, outcome: outcomeText(s.cursor.world, lang) }) : text;
}

/** The outcome of a world in words: "open" in the language, else the outcome's id (ids stay as written). */
export function outcomeText(world: World, lang: string): string {
  const status = outcomeStatus(world);
  return status === 'open' ? t(lang, 'outcome.word.open') : status;
}
