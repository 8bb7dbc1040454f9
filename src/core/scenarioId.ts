// What a scenario id looks like: lowercase letters, digits, "_" and "-", starting with a letter (iraq-coalition).

/** A scenario id, whole. */
export const SCENARIO_ID = /^[a-z][a-z0-9_-]*$/;
