// What one seat may see of a hosted exercise: the shared picture, plus its own role's briefing, duties and proposals.
import { parseMonth } from '../core/month.js';
import { outcomeStatus } from '../engine/createStepper.js';
import { available } from '../engine/session.js';
import { legalMoves, openPrompts, pendingDecisions } from '../exercise/exerciseRun.js';
import type { Desk } from '../exercise/seatDesk.js';
import { formatMonthIn, t } from '../i18n/messages.js';
import { stateLabel } from '../report/formatRunText.js';
import { textOf } from '../report/textOf.js';
import type { Text } from '../scenario/scenarioSchema.js';

type Option = { readonly id: string; readonly label: string; readonly enabled: boolean; readonly reason?: string };

/** Everything a seat's screen shows; built on the host, so nothing else ever leaves it. */
export type SeatView = {
  /** The interface language the host was started with (`exercise --host --lang`): the seat words its own screen in it. */
  readonly lang: string;
  readonly exercise: { readonly id: string; readonly title: string };
  readonly date: string;
  readonly month: number;
  readonly months: number;
  readonly outcome: { readonly status: string; readonly label: string };
  readonly ended: boolean;
  /** Exercise texts (title, briefings, injects, questions, prompts) that exist only in another language arrive whole as one isolated run (U+2068…U+2069). */
  readonly briefing: string;
  /** The seat's own role's briefing; null for observers. */
  readonly roleBriefing: string | null;
  readonly injects: readonly { readonly date: string; readonly title: string; readonly narrative: string; readonly question: string | null }[];
  readonly actors: readonly { readonly id: string; readonly state: string }[];
  readonly indicators: readonly { readonly id: string; readonly label: string; readonly value: number; readonly min: number; readonly max: number }[];
  readonly outcomes: readonly { readonly id: string; readonly label: string }[];
  readonly decisions: readonly { readonly id: string; readonly prompt: string; readonly options: readonly Option[] }[];
  readonly prompts: readonly { readonly id: string; readonly prompt: string; readonly answered: boolean }[];
  readonly moves: readonly Option[];
  readonly pending: readonly { readonly action: string; readonly summary: string }[];
  readonly log: readonly string[];
  /** The model's odds when the facilitator shows them: each with its 95% interval over the runs simulated (`lo`, `hi`). */
  readonly odds: readonly { readonly id: string; readonly p: number; readonly lo: number; readonly hi: number }[] | null;
};

/** The view of `role` (null: an observer, who sees only what everyone sees). */
export function seatView(desk: Desk, role: string | null, lang: string, odds: SeatView['odds']): SeatView {
  const { run } = desk;
  const s = run.session;
  const { ir } = s.stepper;
  const w = s.cursor.world;
  const ex = run.exercise;
  const label = (kind: 'triggers' | 'indicators' | 'outcomes', id: string) => textOf(ir.scenario[kind][id]?.label, lang, id);
  const own = (text: Text | undefined) => ownText(text, lang);
  const blocked = new Map(available(s).map((t) => [t.id, t]));
  const option = (id: string): Option => {
    if (id === 'pass') return { id, label: t(lang, 'seat.pass'), enabled: true };
    const status = blocked.get(id);
    return status?.enabled === false
      ? { id, label: label('triggers', id), enabled: false, reason: t(lang, 'seat.notPossible') }
      : { id, label: label('triggers', id), enabled: true };
  };
  const status = outcomeStatus(w);
  const injectsSoFar = run.log.flatMap((l) => (l.kind === 'inject' ? [ex.injects.find((i) => i.id === l.inject)].filter((i) => i !== undefined) : []));
  return {
    lang,
    exercise: { id: ex.id, title: own(ex.title) },
    date: formatMonthIn(lang, ir.start + w.month),
    month: w.month,
    months: ir.months,
    outcome: { status, label: status === 'open' || status === 'undecided' ? status : label('outcomes', status) },
    ended: w.ended,
    briefing: own(ex.briefing),
    roleBriefing: role === null ? null : own(ex.roles[role]?.briefing),
    injects: injectsSoFar.map((i) => ({
      date: formatMonthIn(lang, parseMonth(i.at) ?? ir.start),
      title: own(i.title),
      narrative: own(i.narrative),
      question: i.question && i.question.role === role ? own(i.question.text) : null,
    })),
    actors: ir.actors.map((a) => ({ id: a.id, state: stateLabel(ir, a.id, w.actors[a.id] as string, lang) })),
    indicators: ir.indicators.map((i) => ({ id: i.id, label: label('indicators', i.id), value: w.indicators[i.id] as number, min: i.min, max: i.max })),
    outcomes: ir.outcomes.map((o) => ({ id: o.id, label: label('outcomes', o.id) })),
    decisions:
      role === null
        ? []
        : pendingDecisions(run)
            .filter((d) => d.role === role && !desk.proposals.some((p) => p.role === role && p.entry.kind === 'decide' && p.entry.decision === d.id))
            .map((d) => ({ id: d.id, prompt: own(d.prompt), options: d.options.map(option) })),
    prompts:
      role === null
        ? []
        : openPrompts(run).map((p) => ({
            id: p.id,
            prompt: own(p.prompt),
            answered: run.entries.some((e) => e.kind === 'predict' && e.prompt === p.id && e.team === role),
          })),
    moves: role === null || w.ended ? [] : legalMoves(run, role).map(option),
    pending: desk.proposals.filter((p) => p.role === role).map((p) => ({ action: p.action, summary: summarize(p.entry, lang, label) })),
    log: publicLog(desk, role, lang, label),
    odds,
  };
}

function summarize(entry: Desk['proposals'][number]['entry'], lang: string, label: (k: 'triggers', id: string) => string): string {
  if (entry.kind === 'move') return t(lang, 'seat.proposal.move', { trigger: label('triggers', entry.trigger) });
  if (entry.kind === 'decide')
    return t(lang, 'seat.proposal.decide', {
      decision: entry.decision,
      choice: entry.choice === 'pass' ? t(lang, 'seat.pass') : label('triggers', entry.choice),
    });
  return entry.kind;
}

/** The log as this seat may read it: world events for everyone, a team's own predictions and vetoes, no notes. */
function publicLog(desk: Desk, role: string | null, lang: string, label: (k: 'triggers' | 'indicators' | 'outcomes', id: string) => string): string[] {
  const { ir } = desk.run.session.stepper;
  const ex = desk.run.exercise;
  return desk.run.log.flatMap((l): string[] => {
    const date = formatMonthIn(lang, ir.start + l.month);
    if (l.kind === 'inject') return [`${date}  ${textOf(ex.injects.find((i) => i.id === l.inject)?.title, lang, l.inject)}`];
    const e = l.entry;
    const choice = (id: string) => (id === 'pass' ? t(lang, 'seat.pass') : label('triggers', id));
    switch (e.kind) {
      case 'decide':
        return [t(lang, 'seat.log.decide', { date, decision: e.decision, choice: choice(e.choice) })];
      case 'move':
        return [t(lang, 'seat.log.move', { date, role: textOf(ex.roles[e.role]?.label, lang, e.role), trigger: label('triggers', e.trigger) })];
      case 'force':
        return [t(lang, 'seat.log.force', { date, trigger: label('triggers', e.trigger) })];
      case 'override':
        return [t(lang, 'seat.log.override', { date, indicator: label('indicators', e.indicator), value: String(e.value) })];
      case 'advance':
        return [t(lang, 'seat.log.advance', { date })];
      case 'predict': {
        const odds = Object.entries(e.p)
          .map(([o, p]) => `${o === 'undecided' ? t(lang, 'seat.outcome.undecided') : label('outcomes', o)} ${Math.round(p * 100)}%`)
          .join(lang === 'ar' ? '، ' : ', ');
        return e.team === role ? [t(lang, 'seat.log.predict', { date, odds })] : [];
      }
      case 'veto':
        return e.role === role ? [t(lang, 'seat.log.veto', { date, choice: choice(e.trigger), reason: e.reason })] : [];
      default:
        return [];
    }
  });
}

/** An exercise text in `lang`, or, when it exists only in another language, that text whole as one isolated run (as the facilitator screen shows it). */
function ownText(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  const has = typeof text === 'string' ? lang === 'en' : lang in text;
  return has ? textOf(text, lang) : `\u2068${textOf(text, lang)}\u2069`;
}
