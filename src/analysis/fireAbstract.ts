// One trigger fired over a cell of states, split into cases so that conditions over the same values stay correlated.
import type { IR, TriggerIR } from '../engine/ir.js';
import { type CelNode, memberOf, walkCel } from '../scenario/walkCel.js';
import type { NumRange } from './abstractValue.js';
import { type AbstractEnv, truthOf } from './evalAbstract.js';
import { effectsOf } from './overApproximate.js';

/** Per indicator id, a range holding its values. */
export type Box = ReadonlyMap<string, NumRange>;

/** A set of states: the tracked actors' exact states, whether the run has ended, and a box of indicator values. */
export type Cell = { readonly leaves: ReadonlyMap<string, string>; readonly ended: boolean; readonly box: Box };

/** What stays the same for every cell of one exploration. */
export type CellWorld = {
  readonly ir: IR;
  /** Actors whose states the cells hold exactly; the others are anywhere in `others`. */
  readonly tracked: ReadonlySet<string>;
  readonly others: ReadonlyMap<string, ReadonlySet<string>>;
  readonly bounds: ReadonlyMap<string, { min: number; max: number }>;
};

/** How one trigger splits a cell: the untracked actors it reads, and per indicator the points where its comparisons change value. */
export type TriggerPlan = { readonly t: TriggerIR; readonly reads: readonly string[]; readonly cuts: ReadonlyMap<string, readonly number[]> };

/** Most cases (actor combinations × pieces of the box) one firing is split into; beyond it, the box is not split. */
const MAX_CASES = 512;
/** Most undecided guards whose truth values are enumerated together; beyond it, each is taken on its own. */
const MAX_GUARDS = 6;

const bits = new Float64Array(1);
const asInt = new BigInt64Array(bits.buffer);
/** The next double above x (exact: the pieces of a split leave no value out). */
function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY) return x;
  if (x === 0) return Number.MIN_VALUE;
  bits[0] = x;
  asInt[0] = (asInt[0] as bigint) + (x > 0 ? 1n : -1n);
  return bits[0] as number;
}
const nextDown = (x: number) => -nextUp(-x);

/** The untracked actors a trigger's precondition, effects and guards read, and where their comparisons with constants cut. */
export function planTrigger(t: TriggerIR, tracked: ReadonlySet<string>): TriggerPlan {
  const exprs = [t.when, ...t.effects.map((e) => e.expr), ...t.transitions.map((x) => x.guard)].flatMap((e) => (e ? [e] : []));
  const reads = [...new Set(exprs.flatMap((e) => e.reads.filter((r) => r.startsWith('actors.')).map((r) => r.slice(7))))].filter((a) => !tracked.has(a));
  const cuts = new Map<string, Set<number>>();
  for (const e of exprs)
    walkCel(e.ast, (node) => {
      if (!['<', '<=', '>', '>=', '==', '!='].includes(node.op) || !Array.isArray(node.args)) return;
      const [l, r] = node.args as [CelNode, CelNode];
      const m = memberOf(l) ?? memberOf(r);
      const c = [l, r].find((x) => x.op === 'value' && (typeof x.args === 'number' || typeof x.args === 'bigint'))?.args;
      if (m?.root !== 'indicators' || c === undefined) return;
      const v = Number(c);
      const set = cuts.get(m.field) ?? new Set<number>();
      // A piece ends just below v and one starts at it; another ends at v: then every comparison with v is decided in each.
      set.add(nextDown(v)).add(v);
      cuts.set(m.field, set);
    });
  return { t, reads, cuts: new Map([...cuts].map(([k, v]) => [k, [...v].sort((a, b) => a - b)])) };
}

/** The environment of a cell (its tracked actors exact, `fixed` actors too, the rest anywhere they can be), with the box and months given. */
export function cellEnv(
  w: CellWorld,
  leaves: ReadonlyMap<string, string>,
  fixed: ReadonlyMap<string, string>,
  box: Box,
  month: NumRange,
  dates: ReadonlySet<string>,
): AbstractEnv {
  return {
    indicator: (id) => box.get(id),
    actor: (id) => {
      const exact = leaves.get(id) ?? fixed.get(id);
      return exact !== undefined ? new Set([exact]) : w.others.get(id);
    },
    month,
    dates,
  };
}

/** Every case of a firing: one state per untracked actor read, and one piece of the box per indicator compared. */
function casesOf(w: CellWorld, plan: TriggerPlan, box: Box): { fixed: Map<string, string>; box: Box }[] {
  let actorCases: Map<string, string>[] = [new Map()];
  for (const a of plan.reads) actorCases = actorCases.flatMap((c) => [...(w.others.get(a) ?? [])].map((leaf) => new Map([...c, [a, leaf]])));
  let boxes: Map<string, NumRange>[] = [new Map(box)];
  for (const [id, cuts] of plan.cuts) {
    const r = box.get(id);
    if (!r) continue;
    const ends = [...cuts.filter((c) => c >= r.lo && c < r.hi), r.hi];
    const pieces = ends.map((hi, i) => ({ ...r, lo: i === 0 ? r.lo : Math.max(r.lo, nextUp(ends[i - 1] as number)), hi }));
    if (actorCases.length * boxes.length * pieces.length > MAX_CASES) continue;
    boxes = boxes.flatMap((b) => pieces.map((p) => new Map([...b, [id, p]])));
  }
  if (actorCases.length * boxes.length > MAX_CASES) return [{ fixed: new Map(), box }];
  return actorCases.flatMap((fixed) => boxes.map((b) => ({ fixed, box: b })));
}

/** Every cell a trigger can lead to from `cell` when its precondition can hold (`month`, `dates`: the cell's months). */
export function fireCell(w: CellWorld, plan: TriggerPlan, cell: Cell, month: NumRange, dates: ReadonlySet<string>): Cell[] {
  const out: Cell[] = [];
  for (const c of casesOf(w, plan, cell.box)) {
    const env = cellEnv(w, cell.leaves, c.fixed, c.box, month, dates);
    if (plan.t.when && !truthOf(plan.t.when.ast, env).can) continue;
    const box = new Map([...c.box, ...effectsOf(plan.t, env, c.box, w.bounds)]);
    const after = cellEnv(w, cell.leaves, c.fixed, box, month, dates);
    for (const leaves of movesOf(w, plan.t, cell.leaves, after)) for (const ended of locksOf(w, leaves, box, month, dates)) out.push({ leaves, ended, box });
  }
  return out;
}

/** The tracked actors' states after a trigger's transitions: guards with the same text take the same value. */
function movesOf(w: CellWorld, t: TriggerIR, leaves: ReadonlyMap<string, string>, env: AbstractEnv): Map<string, string>[] {
  const lists = [...w.tracked].flatMap((a) => {
    const list = t.candidates.get(a)?.get(leaves.get(a) as string);
    return list && list.length > 0 ? [{ a, list }] : [];
  });
  const truth = new Map<string, { can: boolean; cannot: boolean }>();
  for (const { list } of lists) for (const c of list) if (c.guard && !truth.has(c.guard.text)) truth.set(c.guard.text, truthOf(c.guard.ast, env));
  const open = [...truth].filter(([, v]) => v.can && v.cannot).map(([k]) => k);
  if (open.length > MAX_GUARDS) {
    let out: Map<string, string>[] = [new Map(leaves)];
    for (const { a, list } of lists) {
      const targets = new Set<string>();
      let stays = true;
      for (const c of list) {
        const g = c.guard ? (truth.get(c.guard.text) as { can: boolean; cannot: boolean }) : { can: true, cannot: false };
        if (g.can) targets.add(c.toLeaf);
        if (!g.cannot) {
          stays = false;
          break;
        }
      }
      if (stays) targets.add(leaves.get(a) as string);
      out = out.flatMap((m) => [...targets].map((to) => new Map([...m, [a, to]])));
    }
    return out;
  }
  const out = new Map<string, Map<string, string>>();
  for (let bits = 0; bits < 1 << open.length; bits++) {
    const holds = (text: string) => {
      const i = open.indexOf(text);
      return i >= 0 ? (bits & (1 << i)) !== 0 : (truth.get(text)?.can ?? false);
    };
    const m = new Map(leaves);
    for (const { a, list } of lists) {
      const c = list.find((x) => !x.guard || holds(x.guard.text));
      if (c) m.set(a, c.toLeaf);
    }
    out.set([...m.values()].join(','), m);
  }
  return [...out.values()];
}

/** Whether the run can have ended (an outcome that locks holds) and whether it can go on, after a firing. */
function locksOf(w: CellWorld, leaves: ReadonlyMap<string, string>, box: Box, month: NumRange, dates: ReadonlySet<string>): boolean[] {
  const env = cellEnv(w, leaves, new Map(), box, month, dates);
  const out: boolean[] = [];
  for (const o of w.ir.outcomes) {
    if (!o.lock) continue;
    const r = truthOf(o.rule.ast, env);
    if (r.can) out.push(true);
    if (!r.cannot) return out;
  }
  return [...out, false];
}
