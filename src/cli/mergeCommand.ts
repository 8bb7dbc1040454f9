// `statecraft merge`: combines batch shards into the report the whole batch would have printed.

import { mergeAggregates } from '../analysis/batchAggregate.js';
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { UserError } from '../core/errors.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import { readBounded } from '../files/readBounded.js';
import { parseShard } from '../report/batchShardFile.js';
import { applyOverrides } from '../scenario/applyOverrides.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { printBatch } from './printBatch.js';

/** Merges shard files; refuses shards of different batches, and missing or repeated shards. */
export function mergeCommand(files: readonly string[], o: { format: string; scenario?: string }, write: (s: string) => void): number {
  const shards = files.map((f) => {
    return { file: f, ...parseShard(readBounded(f, 'shard'), f) };
  });
  const first = shards[0];
  if (!first) throw new UserError('no shard files given', 'statecraft merge shard-1.json shard-2.json …');
  for (const s of shards.slice(1)) {
    for (const key of ['scenario', 'fingerprint', 'seed', 'runs', 'startMonth'] as const) {
      if (s.batch[key] !== first.batch[key])
        throw new UserError(
          `${s.file} is from another batch than ${first.file}: ${key} ${s.batch[key]} ≠ ${first.batch[key]}`,
          'merge only shards of one batch',
        );
    }
    if (JSON.stringify([s.batch.forces, s.batch.sets]) !== JSON.stringify([first.batch.forces, first.batch.sets])) {
      throw new UserError(`${s.file} is from another batch than ${first.file}: the --force or --set options differ`, 'merge only shards of one batch');
    }
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
  const checked = applyOverrides(loadScenario(o.scenario ?? first.batch.scenario), first.batch.sets);
  if (checked.fingerprint !== first.batch.fingerprint)
    throw new UserError(`scenario "${first.batch.scenario}" has changed since the shards were run`, 'run the batch again on the current scenario');
  const kernel = createKernel(compileScenario(checked));
  const aggregate = shards.map((s) => s.aggregate).reduce(mergeAggregates);
  const report = summarizeBatch(kernel, aggregate, { seed: first.batch.seed, startMonth: first.batch.startMonth, forces: first.batch.forces });
  write(printBatch(kernel.ir, report, o.format, process.stdout.columns || 100));
  return 0;
}
