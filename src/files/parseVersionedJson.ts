// Versioned JSON (sessions, transcripts, shards): one check of format, version and shape, refusing anything else. Pure: no fs.
import type { z } from 'zod';
import type { CatalogText } from '../core/errors.js';
import { parseJson } from '../core/parseJson.js';
import { msg, userError, userErrorWith } from '../i18n/userError.js';
import type { InputKind } from './limits.js';

/** What a kind of versioned file looks like. */
export type VersionedFormat<T> = {
  /** The input kind, for the size limit. */
  readonly kind: InputKind;
  /** What a person calls it, e.g. "session file". */
  readonly noun: string;
  /** The noun as a catalog message, for screens in another language (`noun` as written when absent). */
  readonly nounText?: CatalogText;
  /** The noun without "file" (`session`), as a catalog message. */
  readonly shortNounText?: CatalogText;
  /** The `format` field every file of this kind carries. */
  readonly format: string;
  /** The newest version this build reads. */
  readonly version: number;
  readonly schema: z.ZodType<T>;
  /** Checks on the raw header before the whole shape, for a more helpful message (e.g. another scenario). */
  readonly precheck?: (raw: Record<string, unknown>, file: string) => void;
};

const UNTOUCHED = msg('err.untouched');

/** Parses text of a versioned file; invalid JSON, another format, a newer version or a corrupt body is refused with the reason. */
export function parseVersionedJson<T>(text: string, file: string, spec: VersionedFormat<T>): T {
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch (e) {
    throw userErrorWith('err.invalidJson', msg('err.corrupt'), { file, noun: nounOf(spec), reason: e instanceof Error ? e.message : String(e) });
  }
  const header = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (header.format !== spec.format) {
    throw userError('err.notFormat', { file, noun: nounOf(spec), format: JSON.stringify(header.format) ?? 'missing' });
  }
  if (typeof header.version === 'number' && header.version > spec.version) {
    const noun = spec.shortNounText ?? spec.noun.replace(/ file$/, '');
    throw userError('err.newerVersion', { file, noun, version: header.version, reads: spec.version });
  }
  spec.precheck?.(header, file);
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.join('.') || msg('err.topLevel');
    throw userErrorWith('err.corruptAt', UNTOUCHED, { file, noun: nounOf(spec), at, issue: String(issue?.message) });
  }
  return parsed.data;
}

function nounOf(spec: VersionedFormat<unknown>): string | CatalogText {
  return spec.nounText ?? spec.noun;
}
