// Reads a versioned JSON file through the bounded reader and checks its format, version and shape.
import { parseVersionedJson, type VersionedFormat } from './parseVersionedJson.js';
import { readBounded } from './readBounded.js';

/** Reads and parses a versioned file; see `parseVersionedJson` for what is refused. */
export function readVersionedJson<T>(path: string, spec: VersionedFormat<T>): T {
  return parseVersionedJson(readBounded(path, spec.kind), path, spec);
}
