// `statecraft merge`: combines batch shards into the report the whole batch would have printed.

import { mergeAggregates } from '../analysis/batchAggregate.js';
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { UserError } from '../core/errors.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import { readBounded } from '../files/readBounded.js';
import { parseShard } from '../report/batchShardFile.js';
import { checkShard } from '../report/checkShard.js';
import { provenanceDifferences } from '../report/provenance.js';
import { applyOverrides } from '../scenario/applyOverrides.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { printBatch } from './printBatch.js';

/** Merges shard files; refuses shards of different batches, inconsistent shards, and missing or repeated shards. */
export function mergeCommand(files: readonly string[], o: { format: string; scenario?: string }, write: (s: string) => void): number {
  const shards = files.map((f) => {
    return { file: f, ...parseShard(readBounded(f, 'shard'), f) };
  });
  const first = shards[0];
  if (!first) throw new UserError('no shard files given', 'statecraft merge shard-1.json shard-2.json …');
  for (const s of shards.slice(1)) {
    const diffs = provenanceDifferences(first.batch.provenance, s.batch.provenance, first.file, s.file);
    if (s.batch.startMonth !== first.batch.startMonth) diffs.push(`runs start in another month (${first.batch.startMonth} and ${s.batch.startMonth})`);
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
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0)
    throw new UserError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')}`,
      'run the missing shards and merge them all',
    );
  const { provenance } = first.batch;
  const base = loadScenario(o.scenario ?? provenance.scenario.id);
  if (base.fingerprint !== provenance.scenario.fingerprint)
    throw new UserError(
      `scenario "${provenance.scenario.id}" has changed since the shards were run (fingerprint ${provenance.scenario.fingerprint}, now ${base.fingerprint})`,
      'run the batch again on the current scenario',
    );
  const kernel = createKernel(compileScenario(applyOverrides(base, provenance.sets)));
  for (const s of shards) checkShard(s.file, s, kernel);
  const aggregate = shards.map((s) => s.aggregate).reduce(mergeAggregates);
  const report = summarizeBatch(kernel, aggregate, { seed: provenance.seed, startMonth: first.batch.startMonth, forces: provenance.forces });
  report.provenance = provenance;
  write(printBatch(kernel.ir, report, o.format, process.stdout.columns || 100));
  return 0;
}
