// Names that JavaScript objects already carry (constructor, __proto__, toString…): refused as ids, branch and role names.

/** Every property name of a plain object's prototype. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether a user-chosen name would collide with JavaScript object machinery. */
export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name);
}

/** The fix to suggest for a reserved name. */
export const RESERVED_HINT = 'this name is reserved by JavaScript objects; pick another, e.g. add a prefix such as "my_"';
