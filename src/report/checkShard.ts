// Checks that a shard's counts are consistent with its batch and its scenario, so a merge never reports impossible odds.
import { BAND_BINS, type BatchAggregate } from '../analysis/batchAggregate.js';
import { UserError } from '../core/errors.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { ShardFile } from './batchShardFile.js';

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
  if (a.problemCount.invariant > a.runs || a.problemCount.error > a.runs) problems.push('it counts more problems than runs');
  if (a.forcedSkipped.length !== s.batch.provenance.forces.length || a.forcedSkipped.some((c) => c > a.runs))
    problems.push('its skipped --force counts do not match its --force options');
  if (problems.length > 0)
    throw new UserError(
      `${file}: the shard is inconsistent: ${problems.join('; ')}`,
      'run that shard again with statecraft batch --shard; the file was left untouched',
    );
}
