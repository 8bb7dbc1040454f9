// Runs a range of Monte Carlo runs on the kernel and aggregates them. Run i always uses the generator seeded by (seed, i).
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Kernel } from '../engine/kernel/createKernel.js';
import { copyKernelState } from '../engine/kernel/kernelState.js';
import { seedRun } from '../engine/rng.js';
import type { World } from '../engine/world.js';
import { BAND_BINS, type BatchAggregate, emptyAggregate, MAX_EXAMPLES, SEQUENCE_LENGTH } from './batchAggregate.js';

/** What every run of a batch shares. */
export type BatchSpec = {
  readonly seed: number;
  /** Where runs start: a session's world, or null for the scenario's own start. */
  readonly start: World | null;
  /** Triggers fired at the start of a month in every run (what-if); skipped when not enabled then. */
  readonly forces: readonly { readonly trigger: number; readonly month: number }[];
  /** Triggers fired at the start of the first month their precondition holds, if they have not fired yet (interventions). */
  readonly firstChance?: readonly number[];
};

/** Number of band points of a batch: each month from the start, plus the end. */
export const bandPoints = (kernel: Kernel, start: World | null) => kernel.ir.months - (start?.month ?? 0) + 2;

/**
 * Runs runs `from` (inclusive) to `to` (exclusive); `onProgress` is told every 1,000 runs. When given, `outcomes[run - from]`
 * receives each run's outcome index (as in `outcomeCounts`), for paired comparisons on common random numbers. `countsOnly`
 * plays the same runs but leaves the bands, fired-by and sequence tallies empty (a nested batch keeps only outcome counts).
 */
export function runBatch(
  kernel: Kernel,
  spec: BatchSpec,
  from: number,
  to: number,
  onProgress?: (done: number) => void,
  outcomes?: Uint8Array,
  countsOnly = false,
): BatchAggregate {
  const { ir } = kernel;
  const nInd = ir.indicators.length;
  const nOut = kernel.outcomeIds.length;
  const points = bandPoints(kernel, spec.start);
  const agg = emptyAggregate(nOut, kernel.triggerIds.length, nInd, points, spec.forces.length);
  const base = kernel.newState();
  if (spec.start) kernel.load(base, spec.start);
  else kernel.start(base);
  const k = kernel.newState();
  const fired = new Uint8Array(kernel.triggerIds.length);
  const scheduled = Uint8Array.from(ir.triggers, (t) => (t.kind === 'scheduled' ? 1 : 0));
  const firstChance = spec.firstChance ?? [];
  const seq = new Int32Array(SEQUENCE_LENGTH);
  const log = new Int32Array((ir.months + 2) * (kernel.triggerIds.length + 1) + spec.forces.length + firstChance.length);
  const lo = Float64Array.from(ir.indicators, (i) => i.min);
  const width = Float64Array.from(ir.indicators, (i) => (i.max - i.min) / BAND_BINS);
  let seqLen = 0;
  let logLen = 0;
  let violation = -1;
  let violationAt = 0;
  const checkInvariants = () => {
    if (violation >= 0 || kernel.invariantIds.length === 0) return;
    violation = kernel.firstViolation(k);
    // Broken during a rolled month: the replay ends with that month's roll (logged just after it).
    if (violation >= 0) violationAt = logLen + (rolling ? 1 : 0);
  };
  const record = (point: number) => {
    if (countsOnly) return;
    for (let i = 0; i < nInd; i++) {
      const w = width[i] as number;
      const bin = w > 0 ? Math.min(BAND_BINS - 1, Math.floor(((k.ind[i] as number) - (lo[i] as number)) / w)) : 0;
      (agg.bands[(point * nInd + i) * BAND_BINS + bin] as number)++;
    }
  };
  // The replay steps are what `statecraft run --seed S --batch-run I` needs to play run I again: the triggers fired by hand
  // (--force, first chances) and one `roll` per month (-1 in the log). A rolled month draws from the run's own stream, so
  // its firings are not steps: rolling replays them, and evaluates the same chances (fired steps would evaluate none).
  let rolling = false;
  const onFire = (t: number) => {
    if (!rolling) log[logLen++] = t;
    if (fired[t] === 0) {
      fired[t] = 1;
      // Scheduled triggers count as fired, but stay out of the sequences.
      if (seqLen < SEQUENCE_LENGTH && scheduled[t] === 0) seq[seqLen++] = t;
    }
    checkInvariants();
  };
  for (let run = from; run < to; run++) {
    copyKernelState(base, k);
    k.error = null;
    fired.fill(0);
    seqLen = 0;
    logLen = 0;
    violation = -1;
    const rng = xoroshiro128plusFromState(seedRun(spec.seed, run));
    let point = 0;
    record(point);
    while (!k.ended) {
      for (let f = 0; f < spec.forces.length; f++) {
        const force = spec.forces[f] as BatchSpec['forces'][number];
        if (force.month !== k.month) continue;
        if (kernel.enabled(k, force.trigger)) {
          kernel.fire(k, force.trigger);
          onFire(force.trigger);
        } else {
          // A precondition that failed to evaluate: firing it by hand evaluates it again.
          if (k.error !== null) log[logLen++] = force.trigger;
          (agg.forcedSkipped[f] as number)++;
        }
      }
      for (let f = 0; f < firstChance.length; f++) {
        const t = firstChance[f] as number;
        if (fired[t] === 0 && kernel.enabled(k, t)) {
          kernel.fire(k, t);
          onFire(t);
        }
      }
      if (k.ended) break;
      rolling = true;
      kernel.rollMonth(k, rng, onFire);
      rolling = false;
      log[logLen++] = -1;
      checkInvariants();
      if (point < points - 1) record(++point);
    }
    while (point < points - 1) record(++point);
    const outcome = k.error !== null ? nOut + 1 : k.outcome >= 0 ? k.outcome : nOut;
    (agg.outcomeCounts[outcome] as number)++;
    if (outcomes) outcomes[run - from] = outcome;
    const decided = agg.decidedBy[outcome] as number[];
    decided[k.month - base.month] = (decided[k.month - base.month] as number) + 1;
    if (!countsOnly) {
      for (let t = 0; t < fired.length; t++) if (fired[t] === 1) ((agg.firedBy[t] as number[])[outcome] as number)++;
      let key = '';
      for (let i = 0; i < seqLen; i++) key += i === 0 ? (kernel.triggerIds[seq[i] as number] as string) : `>${kernel.triggerIds[seq[i] as number]}`;
      const seqs = agg.sequences[outcome] as Record<string, number>;
      seqs[key] = (seqs[key] ?? 0) + 1;
    }
    if (k.error !== null || violation >= 0) {
      const kind = k.error !== null ? 'error' : 'invariant';
      agg.problemCount[kind]++;
      if (agg.problems.length < MAX_EXAMPLES) {
        const steps = replaySteps(log.subarray(0, k.error !== null ? logLen : violationAt), kernel.triggerIds);
        agg.problems.push({ run, kind, detail: k.error ?? `invariant ${kernel.invariantIds[violation]} broken`, steps });
      }
    }
    agg.runs++;
    if (onProgress && (run - from + 1) % 1000 === 0) onProgress(run - from + 1);
  }
  return agg;
}

/** The most months one `roll:N` step takes (parseStepWord's limit). */
const MAX_ROLL = 1000;

/** The log of a run as `run --steps` words: a trigger id for each trigger fired by hand, `roll:N` for N rolled months in a row. */
function replaySteps(log: Int32Array, triggerIds: readonly string[]): string {
  const words: string[] = [];
  let rolls = 0;
  const flush = () => {
    for (; rolls > 0; rolls -= Math.min(rolls, MAX_ROLL)) words.push(`roll:${Math.min(rolls, MAX_ROLL)}`);
  };
  for (const t of log) {
    if (t < 0) rolls++;
    else {
      flush();
      words.push(triggerIds[t] as string);
    }
  }
  flush();
  return words.join(',');
}
