// Every size limit on an input file, in one table (docs/limits.md explains each).

/** The most bytes read from each kind of input; a larger file is refused while it is read. */
export const MAX_BYTES = {
  scenario: 4 * 1024 * 1024,
  exercise: 1024 * 1024,
  script: 1024 * 1024,
  session: 16 * 1024 * 1024,
  transcript: 16 * 1024 * 1024,
  // A shard holds each distinct trigger sequence of its runs: 5.8 MB for 500,000 runs of the shipped scenario.
  shard: 64 * 1024 * 1024,
  'seat codes': 64 * 1024,
} as const;

/** A kind of input file. */
export type InputKind = keyof typeof MAX_BYTES;

/**
 * The most items a file may hold, checked when it is read and when one is added: the work of opening a session or
 * debriefing a transcript grows with these counts (docs/limits.md gives the figures).
 */
export const MAX_ITEMS = {
  /** Entries of an exercise transcript (undos included). */
  transcriptEntries: 5000,
  /** Actions of a session over all its branches, as written (a shared start counts once per branch). */
  sessionActions: 100_000,
  /** Actions on one branch of a session (what `run` replays and prints). */
  branchActions: 10_000,
  /** Branches of a session. */
  sessionBranches: 10_000,
} as const;
