// Everything a debrief shows, computed once from a finished (or paused) exercise run.
import { wilson } from '../../analysis/wilson.js';
import { formatMonth } from '../../core/month.js';
import { outcomeStatus } from '../../engine/createStepper.js';
import type { Kernel } from '../../engine/kernel/createKernel.js';
import { timeline } from '../../engine/session.js';
import type { World } from '../../engine/world.js';
import type { ExerciseRun } from '../../exercise/exerciseRun.js';
import { type ExercisePoint, exercisePoints, simulateExercise } from '../../exercise/simulateExercise.js';
import { collectExpressions } from '../../scenario/collectExpressions.js';
import type { Scenario } from '../../scenario/scenarioSchema.js';
import { textOf } from '../textOf.js';
import { type DebriefMessages, debriefMessages } from './debriefMessages.js';
import { brierOver, type Calibration, calibrate, type PredictionScore, type Ranking, rankTeams } from './scorePredictions.js';
import { type TimelineItem, timelineItems } from './timelineItems.js';

/** Each ending's probability with its 95% interval. */
export type OddsAt = Readonly<Record<string, { readonly p: number; readonly lo: number; readonly hi: number }>>;

/** The model's view after one event; `x` is months since the start (events of a month spread within it). */
export type DebriefPoint = { readonly x: number; readonly indicators: Readonly<Record<string, number>>; readonly odds: OddsAt };

/** The debrief's content. */
export type Debrief = {
  readonly m: DebriefMessages;
  readonly lang: string;
  readonly title: string;
  readonly scenario: string;
  readonly seed: number;
  readonly runs: number;
  readonly rule: string;
  /** The ending reached, or null while the exercise is unfinished. */
  readonly outcome: string | null;
  readonly outcomeLabel: string;
  readonly objectives: readonly string[];
  readonly briefing: string;
  readonly timeline: readonly TimelineItem[];
  /** The first month (absolute) and how many months the clock spans. */
  readonly start: number;
  readonly months: number;
  readonly endings: readonly { readonly id: string; readonly label: string }[];
  readonly points: readonly DebriefPoint[];
  readonly markers: readonly { readonly x: number; readonly tag: string; readonly date: string; readonly title: string }[];
  readonly indicators: readonly {
    readonly id: string;
    readonly label: string;
    readonly min: number;
    readonly max: number;
    readonly thresholds: readonly number[];
  }[];
  readonly predictions: readonly (PredictionScore & { readonly x: number })[];
  readonly ranking: Ranking;
  readonly calibration: Calibration;
  readonly turningPoints: readonly {
    readonly date: string;
    readonly title: string;
    readonly moves: readonly { readonly id: string; readonly before: number; readonly after: number }[];
  }[];
};

/** Builds the debrief; the model's odds come from `oddsRuns` simulations of the rest of the exercise after every event. */
export function buildDebrief(run: ExerciseRun, kernel: Kernel, oddsRuns: number, lang = 'en'): Debrief {
  const m = debriefMessages(lang);
  const s = run.session;
  const { ir } = s.stepper;
  const ex = run.exercise;
  const status = outcomeStatus(s.cursor.world);
  const outcome = status === 'open' ? null : status;
  const endingIds = [...kernel.outcomeIds, 'undecided'];
  const endingLabel = (id: string) => (id === 'undecided' ? m.undecided : textOf(ir.scenario.outcomes[id]?.label, lang, id));
  // Linear in the log: one pass over the points, each distinct world serialized once, equal points simulated once.
  const cache = new Map<string, OddsAt>();
  const worlds = new Map<World, { readonly key: string; readonly indicators: Readonly<Record<string, number>> }>();
  const oddsAt = (point: ExercisePoint, key: string): OddsAt => {
    const hit = cache.get(key);
    if (hit) return hit;
    const sim = simulateExercise(kernel, ex, point, oddsRuns, s.seed);
    const odds = Object.fromEntries(
      endingIds.map((o) => {
        const n = sim.counts[o] ?? 0;
        const [lo, hi] = wilson(n, sim.runs);
        return [o, { p: n / sim.runs, lo, hi }];
      }),
    );
    cache.set(key, odds);
    return odds;
  };
  const log = run.log;
  const perMonth = new Map<number, number>();
  for (const l of log) perMonth.set(l.month, (perMonth.get(l.month) ?? 0) + 1);
  const seen = new Map<number, number>();
  const xs = log.map((l) => {
    const k = (seen.get(l.month) ?? 0) + 1;
    seen.set(l.month, k);
    return l.month + k / ((perMonth.get(l.month) ?? 1) + 1);
  });
  const points: DebriefPoint[] = [];
  for (const point of exercisePoints(run)) {
    let w = worlds.get(point.world);
    if (!w) {
      w = { key: JSON.stringify(point.world), indicators: { ...point.world.indicators } };
      worlds.set(point.world, w);
    }
    const odds = oddsAt(point, `${w.key}|${point.decisions}|${point.injectsFrom}`);
    points.push({ x: point.items === 0 ? 0 : (xs[point.items - 1] as number), indicators: w.indicators, odds });
  }
  const items = timelineItems(run, timeline(s), m, lang);
  const date = (month: number) => formatMonth(ir.start + month);
  let injects = 0;
  let decisions = 0;
  const markers = log.flatMap((l, i) => {
    if (l.kind === 'inject') {
      const inj = ex.injects.find((x) => x.id === l.inject);
      return [{ x: xs[i] as number, tag: `I${++injects}`, date: date(l.month), title: textOf(inj?.title, lang, l.inject) }];
    }
    if (l.kind === 'entry' && l.entry.kind === 'decide') {
      const item = items[i];
      return [{ x: xs[i] as number, tag: `D${++decisions}`, date: date(l.month), title: item ? `${item.title}: ${item.detail}` : l.entry.decision }];
    }
    return [];
  });
  const predictions = log.flatMap((l, i) => {
    if (l.kind !== 'entry' || l.entry.kind !== 'predict') return [];
    const model = Object.fromEntries(Object.entries((points[i + 1] as DebriefPoint).odds).map(([o, v]) => [o, v.p]));
    const p = l.entry.p;
    return [
      {
        x: xs[i] as number,
        team: l.entry.team,
        prompt: l.entry.prompt,
        date: date(l.month),
        p,
        model,
        brier: outcome === null ? null : brierOver(endingIds, p, outcome),
        modelBrier: outcome === null ? null : brierOver(endingIds, model, outcome),
      },
    ];
  });
  const turningPoints = points
    .slice(1)
    .map((pt, i) => {
      const before = (points[i] as DebriefPoint).odds;
      const moves = endingIds
        .map((id) => ({ id, before: before[id]?.p ?? 0, after: pt.odds[id]?.p ?? 0 }))
        .filter((mv) => Math.abs(Math.round((mv.after - mv.before) * 100)) >= 1);
      const at = log[i];
      const title = items[i]?.title ?? '';
      return { date: at ? date(at.month) : '', title, moves, swing: Math.max(0, ...moves.map((mv) => Math.abs(mv.after - mv.before))) };
    })
    .filter((t) => t.moves.length > 0)
    .sort((a, b) => b.swing - a.swing)
    .slice(0, 3)
    .map(({ swing: _, ...t }) => t);
  return {
    m,
    lang,
    title: textOf(ex.title, lang),
    scenario: ir.id,
    seed: s.seed,
    runs: oddsRuns,
    rule: ex.months === 'rolled' ? m.ruleRolled : m.ruleScripted,
    outcome,
    outcomeLabel: outcome === null ? m.notDecided : endingLabel(outcome),
    objectives: ex.objectives.map((o) => textOf(o, lang)),
    briefing: textOf(ex.briefing, lang),
    timeline: items,
    start: ir.start,
    months: ir.months + 1,
    endings: endingIds.map((id) => ({ id, label: endingLabel(id) })),
    points,
    markers,
    indicators: ir.indicators.map((i) => ({
      id: i.id,
      label: textOf(ir.scenario.indicators[i.id]?.label, lang, i.id),
      min: i.min,
      max: i.max,
      thresholds: thresholdsOf(ir.scenario, i.id).filter((t) => t > i.min && t < i.max),
    })),
    predictions,
    ranking: rankTeams(
      predictions,
      ex.predictions.map((p) => p.id),
      outcome !== null,
    ),
    calibration: calibrate(predictions, endingIds, outcome),
    turningPoints,
  };
}

/** The constants an indicator is compared with in the scenario's expressions (`indicators.x >= 70`). */
function thresholdsOf(s: Scenario, indicator: string): number[] {
  const re = new RegExp(`indicators\\.${indicator}\\s*(?:>=|<=|>|<|==)\\s*(-?\\d+(?:\\.\\d+)?)`, 'g');
  const found = collectExpressions(s).flatMap((site) => (typeof site.value === 'string' ? [...site.value.matchAll(re)].map((x) => Number(x[1])) : []));
  return [...new Set(found)].sort((a, b) => a - b);
}
