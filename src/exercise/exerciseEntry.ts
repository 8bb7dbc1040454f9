// The entry schema moved to the scenario layer (scenario/exerciseEntry.ts); this path re-exports it for code written against it.
export { type Entry, entrySchema } from '../scenario/exerciseEntry.js';
