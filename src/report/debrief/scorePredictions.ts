// Scores of the class's predictions: Brier over every ending, a ranking on shared prompts, calibration only when it can say something.
import { brier, calibration } from '../../analysis/brier.js';

/** One prediction with the model's odds at the same moment and both Brier scores (null while the exercise has no ending). */
export type PredictionScore = {
  readonly team: string;
  readonly prompt: string;
  readonly date: string;
  readonly p: Readonly<Record<string, number>>;
  readonly model: Readonly<Record<string, number>>;
  readonly brier: number | null;
  readonly modelBrier: number | null;
};

/** The ranking: on the prompts every team answered, or why there is none. */
export type Ranking = {
  readonly status: 'ranked' | 'open' | 'no-common';
  /** Prompts every team answered (in the exercise's order). */
  readonly prompts: readonly string[];
  readonly totalPrompts: number;
  readonly rows: readonly { readonly team: string; readonly made: number; readonly meanBrier: number | null }[];
  /** The model's mean Brier score on the same prompts, at the moments the teams answered them. */
  readonly modelMean: number | null;
};

/** The calibration table, or why it is not shown. */
export type Calibration =
  | { readonly status: 'shown'; readonly rows: ReturnType<typeof calibration> }
  | { readonly status: 'open' }
  | { readonly status: 'too-few'; readonly count: number; readonly needed: number };

/** Forecasts (probability, ending) pairs needed before a calibration table is shown. */
export const MIN_CALIBRATION_FORECASTS = 40;

/** The Brier score over every ending (`undecided` included; an ending a team did not name counts as 0). */
export function brierOver(endings: readonly string[], p: Readonly<Record<string, number>>, happened: string): number {
  return brier(Object.fromEntries(endings.map((o) => [o, p[o] ?? 0])), happened);
}

/** Ranks teams by mean Brier score on the prompts all of them answered (each team's latest answer to a prompt). */
export function rankTeams(scores: readonly PredictionScore[], promptOrder: readonly string[], decided: boolean): Ranking {
  const teams = [...new Set(scores.map((s) => s.team))];
  const latest = new Map(scores.map((s) => [`${s.team}\u0000${s.prompt}`, s]));
  const answered = (team: string, prompt: string) => latest.has(`${team}\u0000${prompt}`);
  const prompts = promptOrder.filter((p) => teams.length > 0 && teams.every((t) => answered(t, p)));
  const counts = new Map<string, number>();
  for (const s of scores) counts.set(s.team, (counts.get(s.team) ?? 0) + 1);
  const made = (team: string) => counts.get(team) ?? 0;
  const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  const base = { prompts, totalPrompts: promptOrder.length };
  if (!decided || prompts.length === 0)
    return {
      ...base,
      status: decided ? 'no-common' : 'open',
      rows: teams.map((team) => ({ team, made: made(team), meanBrier: null })),
      modelMean: null,
    };
  const on = (team: string) => prompts.map((p) => latest.get(`${team}\u0000${p}`) as PredictionScore);
  const rows = teams
    .map((team) => ({ team, made: made(team), meanBrier: mean(on(team).map((s) => s.brier as number)) }))
    .sort((a, b) => (a.meanBrier as number) - (b.meanBrier as number) || a.team.localeCompare(b.team));
  const modelMean = mean(teams.flatMap((t) => on(t).map((s) => s.modelBrier as number)));
  return { ...base, status: 'ranked', rows, modelMean };
}

/** The calibration table of every (probability, ending) pair, once there are enough of them. */
export function calibrate(scores: readonly PredictionScore[], endings: readonly string[], outcome: string | null): Calibration {
  if (outcome === null) return { status: 'open' };
  const forecasts = scores.flatMap((s) => endings.map((o) => ({ p: s.p[o] ?? 0, happened: o === outcome })));
  if (forecasts.length < MIN_CALIBRATION_FORECASTS) return { status: 'too-few', count: forecasts.length, needed: MIN_CALIBRATION_FORECASTS };
  return { status: 'shown', rows: calibration(forecasts) };
}
