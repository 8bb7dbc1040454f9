// Shard files: the raw aggregate of part of a batch, with the provenance that must match for shards to be merged.
import { z } from 'zod';
import type { BatchAggregate } from '../analysis/batchAggregate.js';
import type { Provenance } from '../analysis/provenance.js';
import { UserError } from '../core/errors.js';
import { RNG_STREAM } from '../engine/rng.js';

export const SHARD_FORMAT = 'statecraft-batch-shard';
/** 2: per-run streams from SplitMix64 (RNG_STREAM), provenance instead of bare options. */
export const SHARD_VERSION = 2;

/** What identifies a batch: shards merge only when all of this is equal. */
export type BatchIdentity = { provenance: Provenance; startMonth: number };

export type ShardFile = { format: string; version: number; stream: string; batch: BatchIdentity; shard: { k: number; n: number }; aggregate: BatchAggregate };

/** The most runs a shard may claim (the most runs one batch may ask for). */
const MAX_COUNT = 100_000_000;
const count = z.number().int().min(0).max(MAX_COUNT);

const provenance = z.strictObject({
  scenario: z.strictObject({ id: z.string(), fingerprint: z.string() }),
  seed: z.number().int(),
  runs: z.number().int().min(1).max(MAX_COUNT),
  sets: z.array(z.string()),
  forces: z.array(z.string()),
  from: z.strictObject({ file: z.string(), fingerprint: z.string() }).nullable(),
  statecraft: z.string(),
});

const aggregate = z.strictObject({
  runs: count,
  outcomeCounts: z.array(count),
  decidedBy: z.array(z.array(count)),
  bands: z.array(count),
  firedBy: z.array(z.array(count)),
  sequences: z.array(z.record(z.string(), count)),
  problemCount: z.strictObject({ invariant: count, error: count }),
  problems: z.array(z.strictObject({ run: count, kind: z.enum(['invariant', 'error']), detail: z.string(), steps: z.string() })).max(5),
  forcedSkipped: z.array(count),
});

const schema = z.strictObject({
  format: z.literal(SHARD_FORMAT),
  version: z.literal(SHARD_VERSION),
  stream: z.literal(RNG_STREAM),
  batch: z.strictObject({ provenance, startMonth: z.number().int().min(0) }),
  shard: z.strictObject({ k: z.number().int().min(1), n: z.number().int().min(1) }),
  aggregate,
});

const HINT = 'pass files written by statecraft batch --shard K/N --out FILE; the file was left untouched';

/** Serializes a shard. */
export function serializeShard(batch: BatchIdentity, shard: { k: number; n: number }, agg: BatchAggregate): string {
  return `${JSON.stringify({ format: SHARD_FORMAT, version: SHARD_VERSION, stream: RNG_STREAM, batch, shard, aggregate: agg })}\n`;
}

/** Parses a shard file, refusing anything else, older or newer, with the reason. */
export function parseShard(text: string, file: string): ShardFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: not a batch shard file (invalid JSON)`, HINT);
  }
  const version = (raw as { version?: unknown })?.version;
  if (typeof version === 'number' && version > SHARD_VERSION)
    throw new UserError(`${file}: shard version ${version} is newer than this statecraft reads (${SHARD_VERSION})`, 'upgrade statecraft');
  if (version === 1)
    throw new UserError(
      `${file}: shard version 1 was made with the old random stream; merged with new shards it would mix two different batches`,
      'run that shard again with this statecraft (same --seed, --runs and --shard)',
    );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${file}: not a valid batch shard file: ${issue?.path.join('.') || 'top level'}: ${issue?.message}`, HINT);
  }
  return parsed.data;
}
