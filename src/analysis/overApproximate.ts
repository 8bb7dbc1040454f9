// An over-approximation of everything a scenario can reach: per indicator an interval hull, per actor a set of states.
import { formatMonth } from '../core/month.js';
import type { IR, TriggerIR } from '../engine/ir.js';
import { initialWorld, type World } from '../engine/world.js';
import type { Distribution } from '../scenario/fitDistribution.js';
import { type NumRange, rangeOf } from './abstractValue.js';
import { type AbstractEnv, evalAbstract, truthOf } from './evalAbstract.js';

/** What can possibly happen. Anything outside it is proven impossible; anything inside may or may not be reachable. */
export type ReachBound = {
  /** Per indicator id, a range holding every value it can take. */
  readonly indicators: ReadonlyMap<string, NumRange>;
  /** Per actor id, every innermost state it can be in. */
  readonly leaves: ReadonlyMap<string, ReadonlySet<string>>;
  /** Triggers whose precondition can hold. */
  readonly enabled: ReadonlySet<string>;
  /** Outcomes whose rule can hold. */
  readonly outcomes: ReadonlySet<string>;
  /** Whether a run can end with no outcome rule holding. */
  readonly undecided: boolean;
  /** Rounds until nothing changed. */
  readonly rounds: number;
};

/** Rounds after which a still-growing indicator range is widened to its declared bounds (so the fixpoint comes fast). */
const WIDEN_AFTER = 24;

/**
 * Computes the fixpoint: from the start, apply every trigger whose precondition can hold, until nothing grows. Declared
 * parameters are their central values (what every command plays without --uncertainty); with `uncertain`, each is every
 * value its distribution can give (a Beta chance 0..1, a uniform its low..high, a normal any number).
 */
export function overApproximate(ir: IR, start: World | null = null, options: { readonly uncertain?: boolean } = {}): ReachBound {
  const w = start ?? initialWorld(ir);
  const ind = new Map<string, NumRange>(ir.indicators.map((i) => [i.id, point(w.indicators[i.id] as number)]));
  const leaves = new Map<string, Set<string>>(ir.actors.map((a) => [a.id, new Set([w.actors[a.id] as string])]));
  const firstMonth = w.month;
  const month: NumRange = { kind: 'num', lo: firstMonth, hi: ir.months, nan: false, int: true };
  const dates = new Set(Array.from({ length: ir.months - firstMonth + 1 }, (_, m) => formatMonth(ir.start + firstMonth + m)));
  const drawn = new Map(options.uncertain ? ir.parameters.filter((p) => p.kind === 'parameter').map((p) => [p.owner, supportOf(p.distribution)]) : []);
  const envOf = (ranges: ReadonlyMap<string, NumRange>): AbstractEnv => ({
    indicator: (id) => ranges.get(id),
    actor: (id) => leaves.get(id),
    month,
    dates,
    param: (name) => drawn.get(name),
  });
  const enabled = new Set<string>();
  const bounds = new Map(ir.indicators.map((i) => [i.id, i]));
  let rounds = 0;
  for (let changed = true; changed; rounds++) {
    changed = false;
    const grown = new Set<string>();
    for (const t of ir.triggers) {
      const env = envOf(ind);
      if (t.when && !truthOf(t.when.ast, env).can) continue;
      if (!enabled.has(t.id)) {
        enabled.add(t.id);
        changed = true;
      }
      const after = effectsOf(t, env, ind, bounds);
      for (const [id, r] of after) {
        const old = ind.get(id) as NumRange;
        const merged = { ...old, lo: Math.min(old.lo, r.lo), hi: Math.max(old.hi, r.hi) };
        if (merged.lo !== old.lo || merged.hi !== old.hi) {
          ind.set(id, merged);
          grown.add(id);
          changed = true;
        }
      }
      if (moveActors(ir, t, envOf(new Map([...ind, ...after])), leaves)) changed = true;
    }
    // Month-end drift moves a value part of the way toward its baseline: it stays between the value and the baseline.
    for (const i of ir.indicators) {
      if (!i.drift) continue;
      const old = ind.get(i.id) as NumRange;
      const lo = Math.min(old.lo, i.drift.toward);
      const hi = Math.max(old.hi, i.drift.toward);
      if (lo !== old.lo || hi !== old.hi) {
        ind.set(i.id, { ...old, lo, hi });
        grown.add(i.id);
        changed = true;
      }
    }
    if (rounds >= WIDEN_AFTER) for (const id of grown) widen(ind, id, bounds.get(id) as { min: number; max: number });
  }
  const env = envOf(ind);
  const outcomes = new Set<string>();
  let undecided = false;
  for (const caseEnv of actorCases(ir, env, leaves)) {
    const truths = ir.outcomes.map((o) => truthOf(o.rule.ast, caseEnv));
    ir.outcomes.forEach((o, i) => {
      if (truths[i]?.can) outcomes.add(o.id);
    });
    if (truths.every((t) => t.cannot)) undecided = true;
  }
  return { indicators: ind, leaves, enabled, outcomes, undecided, rounds };
}

/** Most combinations of actor states tried one by one for the outcome rules; beyond it, the sets are used whole. */
const MAX_CASES = 4096;

/**
 * The environment split into one case per combination of the states of the actors the outcome rules read, so that
 * rules over the same actor (`us == "departed"` and `us != "departed"`) are judged together.
 */
function actorCases(ir: IR, env: AbstractEnv, leaves: ReadonlyMap<string, ReadonlySet<string>>): AbstractEnv[] {
  const read = [...new Set(ir.outcomes.flatMap((o) => o.rule.reads.filter((r) => r.startsWith('actors.')).map((r) => r.slice('actors.'.length))))];
  const size = read.reduce((n, a) => n * (leaves.get(a)?.size ?? 1), 1);
  if (read.length === 0 || size > MAX_CASES) return [env];
  let cases: Map<string, ReadonlySet<string>>[] = [new Map()];
  for (const a of read) cases = cases.flatMap((c) => [...(leaves.get(a) ?? [])].map((leaf) => new Map([...c, [a, new Set([leaf])]])));
  return cases.map((c) => ({ ...env, actor: (id) => c.get(id) ?? env.actor(id) }));
}

const point = (x: number): NumRange => ({ kind: 'num', lo: x, hi: x, nan: false, int: false });

/** The ranges of the indicators a trigger's effects write, after clamping to their bounds. */
function effectsOf(
  t: TriggerIR,
  env: AbstractEnv,
  ind: ReadonlyMap<string, NumRange>,
  bounds: ReadonlyMap<string, { min: number; max: number }>,
): Map<string, NumRange> {
  const out = new Map<string, NumRange>();
  for (const e of t.effects) {
    const { min, max } = bounds.get(e.indicator) as { min: number; max: number };
    const a = evalAbstract(e.expr.ast, env);
    if (!a.ok) continue;
    const v = rangeOf(a);
    const lo = Math.max(v.lo, -Number.MAX_VALUE);
    const hi = Math.min(v.hi, Number.MAX_VALUE);
    if (lo > hi) continue;
    const old = ind.get(e.indicator) as NumRange;
    const ends = e.op === 'set' ? [lo, hi] : e.op === 'add' ? [old.lo + lo, old.hi + hi] : [old.lo * lo, old.lo * hi, old.hi * lo, old.hi * hi];
    const clamp = (x: number) => Math.min(max, Math.max(min, Number.isNaN(x) ? min : x));
    out.set(e.indicator, { kind: 'num', lo: clamp(Math.min(...ends)), hi: clamp(Math.max(...ends)), nan: false, int: false });
  }
  return out;
}

/** Adds every state a trigger's transitions can move each actor to; true when a set grew. */
function moveActors(ir: IR, t: TriggerIR, env: AbstractEnv, leaves: Map<string, Set<string>>): boolean {
  let grew = false;
  for (const a of ir.actors) {
    const set = leaves.get(a.id) as Set<string>;
    const byLeaf = t.candidates.get(a.id);
    if (!byLeaf) continue;
    for (const leaf of [...set]) {
      for (const c of byLeaf.get(leaf) ?? []) {
        const g = c.guard ? truthOf(c.guard.ast, env) : { can: true, cannot: false };
        if (g.can && !set.has(c.toLeaf)) {
          set.add(c.toLeaf);
          grew = true;
        }
        if (!g.cannot) break;
      }
    }
  }
  return grew;
}

function widen(ind: Map<string, NumRange>, id: string, b: { min: number; max: number }): void {
  ind.set(id, { kind: 'num', lo: b.min, hi: b.max, nan: false, int: false });
}

/** Every value a fitted distribution can be drawn as. */
function supportOf(d: Distribution): NumRange {
  const [lo, hi] = d.dist === 'uniform' ? d.params : [d.min, d.max];
  return { kind: 'num', lo, hi, nan: false, int: false };
}
