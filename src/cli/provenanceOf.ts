// Builds the provenance of a report from the options and files it was made from.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Provenance } from '../report/provenance.js';

let version: string | null = null;

/** The version in statecraft's package.json (the same from src/ and dist/). */
export function statecraftVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/** The first 16 hex digits of the SHA-256 of a file's bytes. */
export function fileFingerprint(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

/** Provenance for a batch-like report. */
export function provenanceOf(o: {
  scenario: { id: string; fingerprint: string };
  seed: number;
  runs: number;
  sets: readonly string[];
  forces: readonly string[];
  from?: string | undefined;
}): Provenance {
  return {
    scenario: o.scenario,
    seed: o.seed,
    runs: o.runs,
    sets: [...o.sets],
    forces: [...o.forces],
    from: o.from ? { file: o.from, fingerprint: fileFingerprint(o.from) } : null,
    statecraft: statecraftVersion(),
  };
}
