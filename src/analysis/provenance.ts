// The inputs behind a Monte Carlo report, as data: what was asked, so a reader can run it again.

/** The inputs behind a report; the same inputs give the same bytes. */
export type Provenance = {
  scenario: { id: string; fingerprint: string };
  seed: number;
  runs: number;
  /** `--set PATH=VALUE` options, as given, in order. */
  sets: string[];
  /** `--force TRIGGER@YYYY-MM` options, as given, in order. */
  forces: string[];
  /** The session every run starts from, with the fingerprint of its file. */
  from: { file: string; fingerprint: string } | null;
  statecraft: string;
};
