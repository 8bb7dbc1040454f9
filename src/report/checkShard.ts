// Checks that a shard's counts are consistent with its batch and its scenario, so a merge never reports impossible odds.
import { BAND_BINS, type BatchAggregate } from '../analysis/batchAggregate.js';
import { drawParameters } from '../analysis/drawParameters.js';
import { UserError } from '../core/errors.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { NestedShardFile, ShardFile } from './batchShardFile.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Throws a UserError naming the file and the first inconsistency. */
export function checkShard(file: string, s: ShardFile, kernel: Kernel): void {
  const { runs } = s.batch.provenance;
  const { k, n } = s.shard;
  const a: BatchAggregate = s.aggregate;
  const outcomes = kernel.outcomeIds.length + 2;
  const points = kernel.ir.months - s.batch.startMonth + 2;
  const expected = Math.floor((runs * k) / n) - Math.floor((runs * (k - 1)) / n);
  const problems: string[] = [];
  if (k > n) problems.push(`it claims to be part ${k} of ${n}`);
  if (a.runs !== expected) problems.push(`it holds ${a.runs} runs, but part ${k} of ${n} of ${runs} runs has ${expected}`);
  if (a.outcomeCounts.length !== outcomes) problems.push(`it counts ${a.outcomeCounts.length} outcomes, the scenario has ${outcomes - 2} (+ undecided, error)`);
  else if (sum(a.outcomeCounts) !== a.runs) problems.push(`its outcome counts add up to ${sum(a.outcomeCounts)}, not ${a.runs} runs`);
  if (a.decidedBy.length !== outcomes || a.decidedBy.some((row, o) => row.length !== points || sum(row) !== a.outcomeCounts[o]))
    problems.push('its decided-by months do not match its outcome counts');
  if (a.bands.length !== points * kernel.ir.indicators.length * BAND_BINS) problems.push('its indicator bands have the wrong size');
  else if (points > 0 && kernel.ir.indicators.length > 0 && sum(a.bands.slice(0, BAND_BINS)) !== a.runs)
    problems.push('its indicator bands do not count every run');
  if (a.firedBy.length !== kernel.triggerIds.length || a.firedBy.some((row) => row.length !== outcomes || row.some((c, o) => c > (a.outcomeCounts[o] ?? 0))))
    problems.push('its trigger counts do not match the scenario or exceed the runs');
  if (a.sequences.length !== outcomes) problems.push('its sequences do not match the outcomes');
  problems.push(...namesProblems(a, kernel, [Math.floor((runs * (k - 1)) / n), Math.floor((runs * k) / n)]));
  if (a.problemCount.invariant > a.runs || a.problemCount.error > a.runs) problems.push('it counts more problems than runs');
  if (a.forcedSkipped.length !== s.batch.provenance.forces.length || a.forcedSkipped.some((c) => c > a.runs))
    problems.push('its skipped --force counts do not match its --force options');
  if (problems.length > 0)
    throw new UserError(
      `${file}: the shard is inconsistent: ${problems.join('; ')}`,
      'run that shard again with statecraft batch --shard; the file was left untouched',
    );
}

const STEP_WORDS = new Set(['advance', 'roll', 'deadline']);

/** The trigger ids of its sequences and replay steps that the scenario does not have, and problems outside its runs. */
function namesProblems(a: BatchAggregate, kernel: Kernel, [first, last]: [number, number]): string[] {
  const known = new Set(kernel.triggerIds);
  const out: string[] = [];
  const key = a.sequences
    .flatMap((seqs) => Object.keys(seqs))
    .find((k) => k !== '' && k.split('>').some((id, i, ids) => !known.has(id) || ids.indexOf(id) !== i));
  if (key !== undefined) out.push(`its sequence "${key}" names a trigger the scenario does not have, or one twice`);
  for (const p of a.problems) {
    if (p.run < first || p.run >= last) out.push(`its problem in run ${p.run} lies outside its runs ${first}–${last - 1}`);
    const word = p.steps.split(',').find((w) => w !== '' && !STEP_WORDS.has(w.split(':')[0] as string) && (w.includes(':') || !known.has(w)));
    if (word !== undefined) out.push(`the replay steps of run ${p.run} name "${word}", not a step of this scenario`);
  }
  for (const kind of ['invariant', 'error'] as const)
    if (a.problems.filter((p) => p.kind === kind).length > a.problemCount[kind]) out.push(`it lists more ${kind} problems than it counts`);
  return out;
}

/** The draws of part `k` of `n` of a nested batch of `draws` draws: first (inclusive) and last (exclusive). */
export function drawRange(draws: number, k: number, n: number): [number, number] {
  return [Math.floor((draws * (k - 1)) / n), Math.floor((draws * k) / n)];
}

/** Throws a UserError naming the file and the first inconsistency of a `batch --uncertainty` shard (each draw's values are drawn again and compared). */
export function checkNestedShard(file: string, s: NestedShardFile, kernel: Kernel): void {
  const { draws, perDraw } = s.nested;
  const { k, n } = s.shard;
  const [first, last] = drawRange(draws, k, n);
  const outcomes = kernel.outcomeIds.length + 2;
  const { seed, runs } = s.batch.provenance;
  const problems: string[] = [];
  if (k > n || n > draws) problems.push(`it claims to be part ${k} of ${n} of ${draws} draws`);
  if (runs !== draws * perDraw) problems.push(`it claims ${runs} runs, but ${draws} draws × ${perDraw} runs are ${draws * perDraw}`);
  if (s.draws.length !== last - first) problems.push(`it holds ${s.draws.length} draws, but part ${k} of ${n} of ${draws} draws has ${last - first}`);
  const bad = s.draws.findIndex((d, i) => d.k !== first + i);
  if (bad >= 0) problems.push(`its draw ${bad + 1} is draw ${s.draws[bad]?.k}, not ${first + bad}`);
  const counts = s.draws.find((d) => d.outcomeCounts.length !== outcomes || sum(d.outcomeCounts) !== perDraw);
  if (counts) problems.push(`the outcome counts of draw ${counts.k} do not add up to ${perDraw} runs over ${outcomes - 2} outcomes (+ undecided, error)`);
  const values = bad >= 0 ? undefined : s.draws.find((d) => JSON.stringify(d.values) !== JSON.stringify(drawParameters(kernel.ir, seed, d.k)));
  if (values) problems.push(`the parameter values of draw ${values.k} are not the ones seed ${seed} draws from this scenario's ranges`);
  if (problems.length > 0)
    throw new UserError(
      `${file}: the shard is inconsistent: ${problems.join('; ')}`,
      'run that shard again with statecraft batch --uncertainty --shard; the file was left untouched',
    );
}
