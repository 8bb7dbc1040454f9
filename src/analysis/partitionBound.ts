// A finer over-approximation for invariants: one box of indicator values per combination of the tracked actors' states, month class and end.
import { formatMonth } from '../core/month.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { KernelState } from '../engine/kernel/kernelState.js';
import type { World } from '../engine/world.js';
import type { NumRange } from './abstractValue.js';
import { mayFailSomewhere } from './boundProofs.js';
import { truthOf } from './evalAbstract.js';
import { type Box, type Cell, type CellWorld, cellEnv, fireCell, planTrigger, type TriggerPlan } from './fireAbstract.js';
import type { ReachBound } from './overApproximate.js';

/** Cells (combinations of tracked states, month class and end) and, per invariant, whether it holds in all of them. */
export type Partition = {
  readonly invariants: readonly boolean[];
  readonly cells: number;
  /** Whether a kernel state lies inside (for the soundness tests). */
  contains(k: KernelState): boolean;
};

/** Most combinations of tracked actor states; beyond it, no partition is tried. */
const MAX_COMBINATIONS = 1024;
/** Most cells; beyond it the fixpoint is abandoned (nothing is claimed). */
const MAX_CELLS = 20_000;
/** Most times cells are expanded; beyond it the fixpoint is abandoned. */
const MAX_WORK = 200_000;
/** Times a cell's box may grow before its growing ranges are widened to their declared bounds. */
const WIDEN_AFTER = 8;

type Stored = Cell & { readonly cls: number; grown: number };
/** The month classes, with each one's range of months and dates as expressions see them. */
type Months = { readonly ranges: readonly { lo: number; hi: number }[]; readonly month: NumRange[]; readonly dates: Set<string>[]; classOf(m: number): number };
type Step = { readonly cell: Cell; readonly cls: number };

/**
 * Tracks exactly the actors that invariants and outcome rules read (or only the invariants' when that is too many), keeps
 * one box per cell, and fires every trigger case by case (see fireCell). Null when it cannot be sound or small: when an
 * evaluation error is possible, or too many cells.
 */
export function partitionBound(kernel: Kernel, bound: ReachBound, start: World | null): Partition | null {
  const { ir } = kernel;
  const tracked = ir.invariants.length === 0 || mayFailSomewhere(ir, bound) ? null : trackedActors(kernel, bound);
  if (!tracked) return null;
  const w: CellWorld = {
    ir,
    tracked,
    others: new Map([...bound.leaves].filter(([a]) => !tracked.has(a))),
    bounds: new Map(ir.indicators.map((i) => [i.id, i])),
  };
  const first = kernel.newState();
  if (start) kernel.load(first, start);
  else kernel.start(first);
  const months = monthClasses(kernel, first.month);
  const trackedIdx = ir.actors.flatMap((a, i) => (tracked.has(a.id) ? [i] : []));
  const leavesOf = (k: KernelState) => new Map(trackedIdx.map((i) => [ir.actors[i]?.id as string, kernel.leafNames[i]?.[k.actorState[i] as number] as string]));
  const keyOf = (leaves: ReadonlyMap<string, string>, cls: number, ended: boolean) => `${[...leaves.values()].join(',')}|${cls}|${ended ? 1 : 0}`;
  const cells = new Map<string, Stored>();
  const queue: string[] = [];
  const queued = new Set<string>();
  const add = ({ cell: c, cls }: Step) => {
    const key = keyOf(c.leaves, cls, c.ended);
    const old = cells.get(key);
    if (old && !joinInto(old, c.box, w.bounds)) return;
    if (!old) cells.set(key, { ...c, box: new Map(c.box), cls, grown: 0 });
    if (!queued.has(key)) queue.push(key);
    queued.add(key);
  };
  const point = (v: number): NumRange => ({ kind: 'num', lo: v, hi: v, nan: false, int: false });
  const box = new Map(ir.indicators.map((ind, i) => [ind.id, point(first.ind[i] as number)]));
  add({ cell: { leaves: leavesOf(first), ended: first.ended, box }, cls: months.classOf(first.month) });
  const plans = ir.triggers.map((t) => planTrigger(t, tracked));
  for (let work = 0; queue.length > 0; work++) {
    if (cells.size > MAX_CELLS || work > MAX_WORK) return null;
    const key = queue.shift() as string;
    queued.delete(key);
    const cell = cells.get(key) as Stored;
    if (!cell.ended) for (const next of successors(w, kernel, plans, months, cell)) add(next);
  }
  const envOf = (c: Stored) => cellEnv(w, c.leaves, new Map(), c.box, months.month[c.cls] as NumRange, months.dates[c.cls] as Set<string>);
  const invariants = ir.invariants.map((inv) => [...cells.values()].every((c) => !truthOf(inv.expr.ast, envOf(c)).cannot));
  const contains = (k: KernelState) => {
    const c = cells.get(keyOf(leavesOf(k), months.classOf(k.month), k.ended));
    return !!c && ir.indicators.every((ind, i) => inRange(c.box.get(ind.id), k.ind[i] as number));
  };
  return { invariants, cells: cells.size, contains };
}

/** The actors invariants and outcome rules read, or only the invariants' when that makes too many combinations; null if still too many. */
function trackedActors(kernel: Kernel, bound: ReachBound): Set<string> | null {
  const { ir } = kernel;
  const actorsOf = (reads: readonly string[]) => reads.filter((r) => r.startsWith('actors.')).map((r) => r.slice(7));
  const size = (ids: Iterable<string>) => [...ids].reduce((n, a) => n * (bound.leaves.get(a)?.size ?? 1), 1);
  const inInvariants = new Set(ir.invariants.flatMap((i) => actorsOf(i.expr.reads)));
  const withOutcomes = new Set([...inInvariants, ...ir.outcomes.flatMap((o) => actorsOf(o.rule.reads))]);
  if (size(withOutcomes) <= MAX_COMBINATIONS) return withOutcomes;
  return size(inInvariants) <= MAX_COMBINATIONS ? inInvariants : null;
}

/** The cells one cell leads to: every move a person could make, then the month's end (scheduled triggers in order, drift, the clock). */
function successors(w: CellWorld, kernel: Kernel, plans: readonly TriggerPlan[], months: Months, cell: Stored): Step[] {
  const { ir } = kernel;
  const cls = cell.cls;
  const month = months.month[cls] as NumRange;
  const dates = months.dates[cls] as Set<string>;
  const range = months.ranges[cls] as { lo: number; hi: number };
  const out: Step[] = [];
  for (const p of plans) if (p.t.kind !== 'scheduled') for (const c of fireCell(w, p, cell, month, dates)) out.push({ cell: c, cls });
  // A scheduled month is a class of its own; each scheduled trigger fires, or is passed over when its precondition fails.
  let list: Cell[] = [cell];
  for (const id of ir.schedule.get(range.lo) ?? []) {
    const p = plans[kernel.triggerIds.indexOf(id)] as TriggerPlan;
    list = list.flatMap((c) => {
      if (c.ended) return [c];
      const skipped = p.t.when !== null && truthOf(p.t.when.ast, cellEnv(w, c.leaves, new Map(), c.box, month, dates)).cannot;
      return [...fireCell(w, p, c, month, dates), ...(skipped ? [c] : [])];
    });
  }
  for (const c of list) {
    if (c.ended) {
      out.push({ cell: c, cls });
      continue;
    }
    const box = new Map(c.box);
    for (const i of ir.indicators) {
      if (!i.drift) continue;
      const r = box.get(i.id) as NumRange;
      const { rate, toward } = i.drift;
      const f = (v: number) => Math.min(i.max, Math.max(i.min, v + rate * (toward - v)));
      box.set(i.id, { ...r, lo: Math.min(f(r.lo), f(r.hi)), hi: Math.max(f(r.lo), f(r.hi)) });
    }
    const next = (ended: boolean, to: number) => out.push({ cell: { leaves: c.leaves, ended, box }, cls: to });
    if (range.hi >= ir.months) next(true, cls);
    else {
      if (range.lo < range.hi) next(false, cls);
      next(false, months.classOf(range.hi + 1));
    }
  }
  return out;
}

const inRange = (r: NumRange | undefined, v: number) => !!r && r.lo <= v && v <= r.hi;

/** Joins `box` into the cell's box; true when it grew. Widens ranges still growing after WIDEN_AFTER growths. */
function joinInto(cell: Stored, box: Box, bounds: ReadonlyMap<string, { min: number; max: number }>): boolean {
  let grew = false;
  const mine = cell.box as Map<string, NumRange>;
  for (const [id, r] of box) {
    const old = mine.get(id) as NumRange;
    if (r.lo >= old.lo && r.hi <= old.hi) continue;
    grew = true;
    const b = bounds.get(id) as { min: number; max: number };
    const wide = cell.grown >= WIDEN_AFTER;
    mine.set(id, { ...old, lo: r.lo < old.lo ? (wide ? b.min : r.lo) : old.lo, hi: r.hi > old.hi ? (wide ? b.max : r.hi) : old.hi });
  }
  if (grew) cell.grown++;
  return grew;
}

/**
 * Months told apart: each one when an expression reads `month` or `date`; else the first, the last and each scheduled
 * month alone, and the months between them together (nothing tells them apart).
 */
function monthClasses(kernel: Kernel, from: number): Months {
  const { ir } = kernel;
  const exprs = [
    ...ir.triggers.flatMap((t) => [t.when, t.chance, ...t.effects.map((e) => e.expr), ...t.transitions.map((x) => x.guard)]),
    ...ir.outcomes.map((o) => o.rule),
    ...ir.invariants.map((i) => i.expr),
  ];
  const readsMonth = exprs.some((e) => e?.reads.some((r) => r === 'month' || r === 'date'));
  const out: { lo: number; hi: number; alone: boolean }[] = [];
  for (let m = from; m <= ir.months; m++) {
    const alone = readsMonth || m === from || m === ir.months || ir.schedule.has(m);
    const last = out[out.length - 1];
    if (!alone && last && !last.alone) last.hi = m;
    else out.push({ lo: m, hi: m, alone });
  }
  return {
    ranges: out,
    month: out.map((c) => ({ kind: 'num', lo: c.lo, hi: c.hi, nan: false, int: true })),
    dates: out.map((c) => new Set(Array.from({ length: c.hi - c.lo + 1 }, (_, m) => formatMonth(ir.start + c.lo + m)))),
    classOf: (m) => out.findIndex((c) => c.lo <= m && m <= c.hi),
  };
}
