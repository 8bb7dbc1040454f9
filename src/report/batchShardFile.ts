// Shard files: the raw aggregate of part of a batch, with the provenance that must match for shards to be merged.
import { z } from 'zod';
import { type BatchAggregate, MAX_EXAMPLES, SEQUENCE_LENGTH } from '../analysis/batchAggregate.js';
import type { Provenance } from '../analysis/provenance.js';
import type { DrawResult } from '../analysis/runNestedBatch.js';
import { UserError } from '../core/errors.js';
import { parseJson } from '../core/parseJson.js';
import { RNG_STREAM } from '../engine/rng.js';
import { MAX_BYTES } from '../files/limits.js';

export const SHARD_FORMAT = 'statecraft-batch-shard';
/** 2: per-run streams from SplitMix64 (RNG_STREAM), provenance instead of bare options. */
export const SHARD_VERSION = 3;

/** What identifies a batch: shards merge only when all of this is equal. */
export type BatchIdentity = { provenance: Provenance; startMonth: number };

export type ShardFile = { format: string; version: number; stream: string; batch: BatchIdentity; shard: { k: number; n: number }; aggregate: BatchAggregate };

/** A shard of `batch --uncertainty`: a range of parameter draws, each with its values and outcome counts. */
export type NestedShardFile = {
  format: string;
  version: number;
  stream: string;
  kind: 'uncertainty';
  batch: BatchIdentity;
  nested: { draws: number; perDraw: number };
  shard: { k: number; n: number };
  draws: DrawResult[];
};

/** The most runs a shard may claim (the most runs one batch may ask for). */
const MAX_COUNT = 100_000_000;
const count = z.number().int().min(0).max(MAX_COUNT);

// What a shard holds is printed by merge and pasted into shells: every string has the shape statecraft writes, nothing else.
const ID = '[a-z][a-z0-9_]*';
const STEP = `${ID}(?::[1-9][0-9]{0,3})?`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((t) => !CONTROL.test(t), 'plain text on one line, without control characters');
const fingerprint = z.string().regex(/^[0-9a-f]{16}$/, '16 hex digits');
/** A sequence key: up to SEQUENCE_LENGTH trigger ids joined by `>` (empty: nothing fired). */
const sequenceKey = z.string().regex(new RegExp(`^(?:${ID}(?:>${ID}){0,${SEQUENCE_LENGTH - 1}})?$`), 'trigger ids joined by ">"');
/** Replay steps: `run --steps` words (trigger ids, roll:N, advance:N) joined by commas. */
const steps = z
  .string()
  .max(1_000_000)
  .regex(new RegExp(`^(?:${STEP}(?:,${STEP})*)?$`), 'step words (trigger ids, roll:N) joined by commas');

const provenance = z.strictObject({
  scenario: z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'a scenario id'), fingerprint }),
  seed: z.number().int(),
  runs: z.number().int().min(1).max(MAX_COUNT),
  sets: z.array(plainText(10_000)).max(1_000),
  forces: z.array(z.string().regex(new RegExp(`^${ID}@[0-9]{4}-[0-9]{2}$`), 'TRIGGER@YYYY-MM')).max(1_000),
  from: z.strictObject({ file: plainText(4_096), fingerprint }).nullable(),
  statecraft: z.string().regex(/^[0-9]+\.[0-9]+\.[0-9]+[0-9A-Za-z.+-]*$/, 'a version number'),
});

const aggregate = z.strictObject({
  runs: count,
  outcomeCounts: z.array(count),
  decidedBy: z.array(z.array(count)),
  bands: z.array(count),
  firedBy: z.array(z.array(count)),
  sequences: z.array(z.record(sequenceKey, count)),
  problemCount: z.strictObject({ invariant: count, error: count }),
  problems: z.array(z.strictObject({ run: count, kind: z.enum(['invariant', 'error']), detail: plainText(4_096), steps })).max(MAX_EXAMPLES),
  forcedSkipped: z.array(count),
});

/** Part K of N: 1 ≤ K ≤ N, and N no more than a batch has runs. */
const shardPart = z
  .strictObject({ k: z.number().int().min(1).max(MAX_COUNT), n: z.number().int().min(1).max(MAX_COUNT) })
  .refine((s) => s.k <= s.n, 'K is at most N in part K of N');

const schema = z.strictObject({
  format: z.literal(SHARD_FORMAT),
  version: z.literal(SHARD_VERSION),
  stream: z.literal(RNG_STREAM),
  batch: z.strictObject({ provenance, startMonth: z.number().int().min(0) }),
  shard: shardPart,
  aggregate,
});

const nestedSchema = z.strictObject({
  format: z.literal(SHARD_FORMAT),
  version: z.literal(SHARD_VERSION),
  stream: z.literal(RNG_STREAM),
  kind: z.literal('uncertainty'),
  batch: z.strictObject({ provenance, startMonth: z.number().int().min(0) }),
  nested: z.strictObject({ draws: z.number().int().min(2).max(MAX_COUNT), perDraw: z.number().int().min(1).max(MAX_COUNT) }),
  shard: shardPart,
  draws: z
    .array(z.strictObject({ k: z.number().int().min(0).max(MAX_COUNT), values: z.array(z.number()).max(10_000), outcomeCounts: z.array(count).max(10_000) }))
    .max(MAX_COUNT),
});

const HINT = 'pass files written by statecraft batch --shard K/N --out FILE; the file was left untouched';

/** A shard's text, refused before anything is written when merge could not read it back. */
function readable(text: string): string {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES.shard)
    throw new UserError(
      `the shard would be ${bytes.toLocaleString('en-US')} bytes, over the limit of ${MAX_BYTES.shard.toLocaleString('en-US')} bytes that merge reads; nothing was written`,
      'split the batch into more shards (a larger N in --shard K/N): a shard of fewer runs holds fewer distinct sequences',
    );
  return text;
}

/** Serializes a shard. */
export function serializeShard(batch: BatchIdentity, shard: { k: number; n: number }, agg: BatchAggregate): string {
  return readable(`${JSON.stringify({ format: SHARD_FORMAT, version: SHARD_VERSION, stream: RNG_STREAM, batch, shard, aggregate: agg })}\n`);
}

/** Serializes a shard of `batch --uncertainty`. */
export function serializeNestedShard(
  batch: BatchIdentity,
  nested: NestedShardFile['nested'],
  shard: { k: number; n: number },
  draws: readonly DrawResult[],
): string {
  const kept = draws.map((d) => ({ k: d.k, values: d.values, outcomeCounts: d.outcomeCounts }));
  return readable(
    `${JSON.stringify({ format: SHARD_FORMAT, version: SHARD_VERSION, stream: RNG_STREAM, kind: 'uncertainty', batch, nested, shard, draws: kept })}\n`,
  );
}

/** True for a shard of `batch --uncertainty`. */
export const isNestedShard = (s: ShardFile | NestedShardFile): s is NestedShardFile => 'kind' in s && s.kind === 'uncertainty';

/** Parses a shard file (of a plain batch or of `batch --uncertainty`), refusing anything else, older or newer, with the reason. */
export function parseShard(text: string, file: string): ShardFile | NestedShardFile {
  let raw: unknown;
  try {
    raw = parseJson(text);
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
  if (version === 2)
    throw new UserError(
      `${file}: shard version 2 records a stopped run's steps in a way its replay line cannot reproduce (fired steps do not evaluate chances)`,
      'run that shard again with this statecraft (same --seed, --runs and --shard): its figures will be the same, and its replay lines will reproduce the error',
    );
  const nested = (raw as { kind?: unknown })?.kind !== undefined;
  const parsed = (nested ? nestedSchema : schema).safeParse(raw);
  if (!parsed.success) {
    const what = nested ? 'batch --uncertainty shard file' : 'batch shard file';
    throw new UserError(`${file}: not a valid ${what}: ${describeIssue(parsed.error.issues[0])}`, HINT);
  }
  return parsed.data as ShardFile | NestedShardFile;
}

/** Where and what, without repeating a hostile key: a bad record key is named by its record, with what a key must be. */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'top level: unreadable';
  if (issue.code === 'invalid_key') {
    const where = issue.path.slice(0, -1).join('.');
    return `${where || 'top level'}: a key is not ${issue.issues[0]?.message ?? 'valid'}`;
  }
  return `${issue.path.join('.') || 'top level'}: ${issue.message}`;
}
