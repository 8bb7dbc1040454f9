// Every size limit on an input file, in one table (docs/limits.md explains each).

/** The most bytes read from each kind of input; a larger file is refused while it is read. */
export const MAX_BYTES = {
  scenario: 4 * 1024 * 1024,
  exercise: 1024 * 1024,
  script: 1024 * 1024,
  session: 16 * 1024 * 1024,
  transcript: 16 * 1024 * 1024,
  shard: 4 * 1024 * 1024,
  'seat codes': 64 * 1024,
} as const;

/** A kind of input file. */
export type InputKind = keyof typeof MAX_BYTES;
