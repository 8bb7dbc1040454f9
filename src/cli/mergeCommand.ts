// `statecraft merge`: combines batch shards (plain or --uncertainty) into the report the whole batch would have printed.

import { emptyAggregate, mergeAggregates } from '../analysis/batchAggregate.js';
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { summarizeNested } from '../analysis/summarizeNested.js';
import { UserError } from '../core/errors.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createKernel, type Kernel } from '../engine/kernel/createKernel.js';
import { readBounded } from '../files/readBounded.js';
import { isNestedShard, type NestedShardFile, parseShard, type ShardFile } from '../report/batchShardFile.js';
import { checkNestedShard, checkShard } from '../report/checkShard.js';
import { formatUncertainty } from '../report/formatUncertainty.js';
import { provenanceDifferences } from '../report/provenance.js';
import { applyOverrides } from '../scenario/applyOverrides.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { printBatch } from './printBatch.js';
import { reportRunErrors } from './reportRunErrors.js';

type Named<T> = T & { file: string };

/** Merges shard files (exit 1, as batch, when runs stopped on an evaluation error); refuses shards of different batches, plain mixed with --uncertainty, inconsistent shards, and missing or repeated shards. */
export function mergeCommand(
  files: readonly string[],
  o: { format: string; scenario?: string },
  write: (s: string) => void,
  warn: (s: string) => void = (s) => process.stderr.write(s),
): number {
  const shards = files.map((f) => ({ file: f, ...parseShard(readBounded(f, 'shard'), f) }));
  const first = shards[0];
  if (!first) throw new UserError('no shard files given', 'statecraft merge shard-1.json shard-2.json …');
  const kind = (s: ShardFile | NestedShardFile) => (isNestedShard(s) ? 'a shard of batch --uncertainty' : 'a shard of a plain batch');
  const other = shards.find((s) => isNestedShard(s) !== isNestedShard(first));
  if (other)
    throw new UserError(
      `${other.file} is ${kind(other)}, but ${first.file} is ${kind(first)}: they are different batches`,
      'merge the shards of one batch command: all with --uncertainty, or all without',
    );
  checkSameBatch(shards);
  const kernel = kernelOf(first.batch.provenance, o.scenario);
  const { provenance } = first.batch;
  if (isNestedShard(first)) {
    const nested = shards as Named<NestedShardFile>[];
    for (const s of nested) checkNestedShard(s.file, s, kernel);
    const draws = nested.sort((a, b) => a.shard.k - b.shard.k).flatMap((s) => s.draws);
    const ir = kernel.ir;
    const pooled = emptyAggregate(kernel.outcomeIds.length, kernel.triggerIds.length, ir.indicators.length, 0, 0);
    const report = summarizeNested(kernel, { draws, pooled }, { seed: provenance.seed, perDraw: first.nested.perDraw, startMonth: first.batch.startMonth });
    write(formatUncertainty(ir, report, o.format));
    return 0;
  }
  const plain = shards as Named<ShardFile>[];
  for (const s of plain) checkShard(s.file, s, kernel);
  const aggregate = plain.map((s) => s.aggregate).reduce(mergeAggregates);
  const report = summarizeBatch(kernel, aggregate, { seed: provenance.seed, startMonth: first.batch.startMonth, forces: provenance.forces });
  report.provenance = provenance;
  // Replay lines name the scenario as merge was given it: --scenario, else the shipped scenario the shards name.
  const scenario = o.scenario ?? provenance.scenario.id;
  write(printBatch(kernel.ir, report, o.format, process.stdout.columns || 100, scenario));
  return reportRunErrors(report, { scenario, provenance, triggers: kernel.ir.triggers }, warn);
}

/** Refuses shards of different batches, split different ways, given twice, or with parts missing. */
function checkSameBatch(shards: readonly Named<ShardFile | NestedShardFile>[]): void {
  const first = shards[0] as Named<ShardFile | NestedShardFile>;
  for (const s of shards.slice(1)) {
    const diffs = provenanceDifferences(first.batch.provenance, s.batch.provenance, first.file, s.file);
    if (s.batch.startMonth !== first.batch.startMonth) diffs.push(`runs start in another month (${first.batch.startMonth} and ${s.batch.startMonth})`);
    if (isNestedShard(first) && isNestedShard(s) && (s.nested.draws !== first.nested.draws || s.nested.perDraw !== first.nested.perDraw))
      diffs.push(
        `--draws ${first.nested.draws} --per-draw ${first.nested.perDraw} in ${first.file}, --draws ${s.nested.draws} --per-draw ${s.nested.perDraw} in ${s.file}`,
      );
    if (diffs.length > 0) throw new UserError(`${s.file} is from another batch than ${first.file}: ${diffs.join('; ')}`, 'merge only shards of one batch');
  }
  const n = first.shard.n;
  const seen = new Set<number>();
  for (const s of shards) {
    if (s.shard.n !== n)
      throw new UserError(`${s.file} is shard ${s.shard.k}/${s.shard.n}, but ${first.file} is one of ${n}`, 'merge shards split the same way');
    if (seen.has(s.shard.k)) throw new UserError(`shard ${s.shard.k}/${n} is given twice (${s.file})`, 'give each shard once');
    seen.add(s.shard.k);
  }
  const count = n - seen.size;
  if (count > 0) {
    const ranges = missingRanges([...seen], n, 10);
    const shown = ranges.map(([a, b]) => (a === b ? `${a}/${n}` : `${a}–${b}/${n}`)).join(', ');
    const more = ranges.length === 10 && count > ranges.reduce((sum, [a, b]) => sum + b - a + 1, 0) ? ', …' : '';
    throw new UserError(
      `missing ${count === 1 ? 'shard' : `${count.toLocaleString('en-US')} shards`} ${shown}${more}`,
      'run the missing shards and merge them all',
    );
  }
}

/** Up to `most` runs of shard numbers in 1..n that are not `given`, as [first, last]; the work grows with the shards given, not with n. */
function missingRanges(given: readonly number[], n: number, most: number): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 1;
  for (const k of [...given].sort((a, b) => a - b).concat(n + 1)) {
    if (k > from && ranges.length < most) ranges.push([from, k - 1]);
    from = k + 1;
  }
  return ranges;
}

/** The kernel the shards were run on, refusing a scenario edited since. */
function kernelOf(provenance: ShardFile['batch']['provenance'], scenario: string | undefined): Kernel {
  const base = loadScenario(scenario ?? provenance.scenario.id);
  if (base.scenario.id !== provenance.scenario.id)
    throw new UserError(
      `the shards are of scenario "${provenance.scenario.id}", not "${base.scenario.id}" (${base.source.file})`,
      'pass the scenario the shards were run on with --scenario',
    );
  if (base.fingerprint !== provenance.scenario.fingerprint)
    throw new UserError(
      `scenario "${provenance.scenario.id}" has changed since the shards were run (fingerprint ${provenance.scenario.fingerprint}, now ${base.fingerprint})`,
      'run the batch again on the current scenario',
    );
  return createKernel(compileScenario(applyOverrides(base, provenance.sets)));
}
