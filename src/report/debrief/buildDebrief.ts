// Everything a debrief shows, computed once from a finished (or paused) exercise run.
import { brier, calibration } from '../../analysis/brier.js';
import { liveOdds } from '../../analysis/liveOdds.js';
import { formatMonth } from '../../core/month.js';
import { outcomeStatus } from '../../engine/createStepper.js';
import { pathTo } from '../../engine/historyNode.js';
import type { Kernel } from '../../engine/kernel/createKernel.js';
import { timeline } from '../../engine/session.js';
import type { ExerciseRun, LogItem } from '../../exercise/exerciseRun.js';
import { explainLines } from '../explainLines.js';
import { labelOf } from '../labelOf.js';
import { textOf } from '../textOf.js';

export type TimelineItem = {
  readonly date: string;
  readonly kind: string;
  readonly title: string;
  readonly detail: string;
  readonly explanation: readonly string[];
};
export type PredictionScore = {
  readonly team: string;
  readonly prompt: string;
  readonly date: string;
  readonly p: Readonly<Record<string, number>>;
  readonly model: Readonly<Record<string, number>>;
  readonly brier: number | null;
  readonly modelBrier: number | null;
};

/** The debrief's content. */
export type Debrief = {
  readonly title: string;
  readonly scenario: string;
  readonly seed: number;
  readonly outcome: string;
  readonly outcomeLabel: string;
  readonly objectives: readonly string[];
  readonly briefing: string;
  readonly timeline: readonly TimelineItem[];
  readonly outcomes: readonly string[];
  /** One point per action: its date, indicator values and the model's odds. */
  readonly points: readonly {
    readonly label: string;
    readonly indicators: Readonly<Record<string, number>>;
    readonly odds: Readonly<Record<string, number>>;
  }[];
  readonly indicators: readonly { readonly id: string; readonly label: string; readonly min: number; readonly max: number }[];
  readonly predictions: readonly PredictionScore[];
  readonly ranking: readonly { readonly team: string; readonly meanBrier: number; readonly count: number }[];
  readonly calibration: ReturnType<typeof calibration>;
  readonly turningPoints: readonly {
    readonly label: string;
    readonly swing: number;
    readonly before: Readonly<Record<string, number>>;
    readonly after: Readonly<Record<string, number>>;
  }[];
};

/** Builds the debrief; the model's odds come from `oddsRuns` kernel runs at every point. */
export function buildDebrief(run: ExerciseRun, kernel: Kernel, oddsRuns: number, lang = 'en'): Debrief {
  const s = run.session;
  const { ir } = s.stepper;
  const ex = run.exercise;
  const records = timeline(s);
  const final = s.cursor.world;
  const outcome = outcomeStatus(final);
  const nodes = pathTo(s.cursor);
  const oddsOf = (w: (typeof nodes)[number]['world']) =>
    w.ended
      ? Object.fromEntries(kernel.outcomeIds.map((o) => [o, o === w.outcome ? 1 : 0]))
      : Object.fromEntries(liveOdds(kernel, w, oddsRuns, s.seed).outcomes.map((o) => [o.id, o.p]));
  const points = nodes.map((n, i) => {
    const label =
      i === 0 ? `start ${formatMonth(ir.start + n.world.month)}` : `${formatMonth(ir.start + (n.parent?.world.month ?? 0))} ${describeAction(n.action)}`;
    return { label, steps: n.steps, indicators: { ...n.world.indicators }, odds: oddsOf(n.world) };
  });
  const pointAt = (steps: number) => [...points].reverse().find((p) => p.steps <= steps) ?? (points[0] as (typeof points)[number]);
  const items: TimelineItem[] = run.log.map((l) => timelineItem(run, l, records, lang));
  const predictions: PredictionScore[] = run.log.flatMap((l) => {
    if (l.kind !== 'entry' || l.entry.kind !== 'predict') return [];
    const model = pointAt(l.toStep).odds;
    const decided = outcome !== 'open';
    return [
      {
        team: l.entry.team,
        prompt: l.entry.prompt,
        date: formatMonth(ir.start + l.month),
        p: l.entry.p,
        model,
        brier: decided ? brier(l.entry.p, outcome) : null,
        modelBrier: decided ? brier(model, outcome) : null,
      },
    ];
  });
  const teams = [...new Set(predictions.map((p) => p.team))];
  const ranking = teams
    .map((team) => {
      const scored = predictions.filter((p) => p.team === team && p.brier !== null);
      return { team, count: scored.length, meanBrier: scored.length ? scored.reduce((a, p) => a + (p.brier as number), 0) / scored.length : Number.NaN };
    })
    .sort((a, b) => a.meanBrier - b.meanBrier || a.team.localeCompare(b.team));
  const forecasts = outcome === 'open' ? [] : predictions.flatMap((p) => Object.entries(p.p).map(([o, q]) => ({ p: q, happened: o === outcome })));
  const swings = points.slice(1).map((pt, i) => {
    const prev = points[i] as (typeof points)[number];
    return {
      label: pt.label,
      swing: kernel.outcomeIds.reduce((a, o) => a + Math.abs((pt.odds[o] ?? 0) - (prev.odds[o] ?? 0)), 0) / 2,
      before: prev.odds,
      after: pt.odds,
    };
  });
  return {
    title: textOf(ex.title, lang),
    scenario: ir.id,
    seed: s.seed,
    outcome,
    outcomeLabel: outcome === 'open' ? 'not decided yet' : labelOf(ir, 'outcome', outcome, lang),
    objectives: ex.objectives.map((o) => textOf(o, lang)),
    briefing: textOf(ex.briefing, lang),
    timeline: items,
    outcomes: kernel.outcomeIds,
    points: points.map(({ label, indicators, odds }) => ({ label, indicators, odds })),
    indicators: ir.indicators.map((i) => ({ id: i.id, label: labelOf(ir, 'indicator', i.id, lang), min: i.min, max: i.max })),
    predictions,
    ranking,
    calibration: calibration(forecasts),
    turningPoints: [...swings]
      .sort((a, b) => b.swing - a.swing)
      .filter((x) => x.swing > 0)
      .slice(0, 3),
  };
}

function describeAction(a: ReturnType<typeof pathTo>[number]['action']): string {
  if (!a) return '';
  if (a.kind === 'fire') return a.trigger;
  if (a.kind === 'override') return `override ${a.indicator}`;
  return a.kind === 'roll' ? 'rolled month' : 'month ends';
}

function timelineItem(run: ExerciseRun, l: LogItem, records: ReturnType<typeof timeline>, lang: string): TimelineItem {
  const { ir } = run.session.stepper;
  const date = formatMonth(ir.start + l.month);
  const explanation = records
    .filter((r) => r.index >= l.fromStep && r.index <= l.toStep)
    .flatMap((r) => [`${r.trigger} (${r.cause})`, ...explainLines(ir, r, lang).map((x) => `  ${x}`)]);
  if (l.kind === 'inject') {
    const inj = run.exercise.injects.find((i) => i.id === l.inject);
    const detail = `${textOf(inj?.narrative, lang)}${inj?.sources?.length ? ` [${inj.sources.join(', ')}]` : ''}${l.skipped ? ` (trigger skipped: ${l.skipped})` : ''}`;
    return { date, kind: 'inject', title: textOf(inj?.title, lang, l.inject), detail, explanation };
  }
  const e = l.entry;
  const role = (id: string) => textOf(run.exercise.roles[id]?.label, lang, id);
  switch (e.kind) {
    case 'predict':
      return {
        date,
        kind: 'prediction',
        title: `${e.team} predicts (${e.prompt})`,
        detail: Object.entries(e.p)
          .map(([o, p]) => `${o} ${Math.round(p * 100)}%`)
          .join(', '),
        explanation,
      };
    case 'decide': {
      const d = run.exercise.decisions.find((x) => x.id === e.decision);
      return {
        date,
        kind: 'decision',
        title: `${d ? role(d.role) : ''} decides (${e.decision})`,
        detail: e.choice === 'pass' ? 'passes' : e.choice,
        explanation,
      };
    }
    case 'move':
      return { date, kind: 'move', title: `${role(e.role)} moves`, detail: e.trigger, explanation };
    case 'force':
      return { date, kind: 'adjudication', title: 'Facilitator forces a trigger', detail: e.trigger, explanation };
    case 'veto':
      return { date, kind: 'adjudication', title: `Facilitator vetoes ${role(e.role)}'s move`, detail: `${e.trigger}: ${e.reason}`, explanation };
    case 'override':
      return { date, kind: 'adjudication', title: `Facilitator sets ${e.indicator}`, detail: `${e.value}: ${e.reason}`, explanation };
    case 'note':
      return { date, kind: 'note', title: 'Note', detail: e.text, explanation };
    case 'advance':
      return { date, kind: 'clock', title: 'The month ends', detail: '', explanation };
  }
}
