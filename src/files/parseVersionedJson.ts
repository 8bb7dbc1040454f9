// Versioned JSON (sessions, transcripts, shards): one check of format, version and shape, refusing anything else. Pure: no fs.
import type { z } from 'zod';
import { UserError } from '../core/errors.js';
import type { InputKind } from './limits.js';

/** What a kind of versioned file looks like. */
export type VersionedFormat<T> = {
  /** The input kind, for the size limit. */
  readonly kind: InputKind;
  /** What a person calls it, e.g. "session file". */
  readonly noun: string;
  /** The `format` field every file of this kind carries. */
  readonly format: string;
  /** The newest version this build reads. */
  readonly version: number;
  readonly schema: z.ZodType<T>;
  /** Checks on the raw header before the whole shape, for a more helpful message (e.g. another scenario). */
  readonly precheck?: (raw: Record<string, unknown>, file: string) => void;
};

const UNTOUCHED = 'the file was left untouched';

/** Parses text of a versioned file; invalid JSON, another format, a newer version or a corrupt body is refused with the reason. */
export function parseVersionedJson<T>(text: string, file: string, spec: VersionedFormat<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not a ${spec.noun} (invalid JSON: ${e instanceof Error ? e.message : e})`, `the file is corrupt; ${UNTOUCHED}`);
  }
  const header = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (header.format !== spec.format) {
    throw new UserError(
      `${file}: not a statecraft ${spec.noun} (format is ${JSON.stringify(header.format) ?? 'missing'})`,
      `give a ${spec.noun} written by statecraft`,
    );
  }
  if (typeof header.version === 'number' && header.version > spec.version) {
    throw new UserError(
      `${file}: ${spec.noun.replace(/ file$/, '')} version ${header.version} is newer than this statecraft reads (${spec.version})`,
      `upgrade statecraft; ${UNTOUCHED}`,
    );
  }
  spec.precheck?.(header, file);
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${file}: corrupt ${spec.noun} at ${issue?.path.join('.') || 'top level'}: ${issue?.message}`, UNTOUCHED);
  }
  return parsed.data;
}
