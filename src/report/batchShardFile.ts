// Shard files: the raw aggregate of part of a batch, with what must match for shards to be merged.
import { z } from 'zod';
import type { BatchAggregate } from '../analysis/batchAggregate.js';
import { UserError } from '../core/errors.js';

export const SHARD_FORMAT = 'statecraft-batch-shard';
export const SHARD_VERSION = 1;

/** What identifies a batch: shards merge only when all of this is equal. */
export type BatchIdentity = {
  scenario: string;
  fingerprint: string;
  seed: number;
  runs: number;
  startMonth: number;
  forces: string[];
  sets: string[];
};

export type ShardFile = { format: string; version: number; batch: BatchIdentity; shard: { k: number; n: number }; aggregate: BatchAggregate };

const schema = z.object({
  format: z.literal(SHARD_FORMAT),
  version: z.literal(SHARD_VERSION),
  batch: z.object({
    scenario: z.string(),
    fingerprint: z.string(),
    seed: z.number(),
    runs: z.number(),
    startMonth: z.number(),
    forces: z.array(z.string()),
    sets: z.array(z.string()),
  }),
  shard: z.object({ k: z.number().int(), n: z.number().int() }),
  aggregate: z.object({ runs: z.number() }).passthrough(),
});

/** Serializes a shard. */
export function serializeShard(batch: BatchIdentity, shard: { k: number; n: number }, aggregate: BatchAggregate): string {
  return `${JSON.stringify({ format: SHARD_FORMAT, version: SHARD_VERSION, batch, shard, aggregate })}\n`;
}

/** Parses a shard file, refusing anything else. */
export function parseShard(text: string, file: string): ShardFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: not a batch shard file (invalid JSON)`, 'pass files written by statecraft batch --shard K/N --out FILE');
  }
  const version = (raw as { version?: unknown })?.version;
  if (typeof version === 'number' && version > SHARD_VERSION)
    throw new UserError(`${file}: shard version ${version} is newer than this statecraft reads`, 'upgrade statecraft');
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new UserError(
      `${file}: not a batch shard file (${parsed.error.issues[0]?.path.join('.') || 'format'} is wrong)`,
      'pass files written by statecraft batch --shard K/N --out FILE',
    );
  return parsed.data as unknown as ShardFile;
}
