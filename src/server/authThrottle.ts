// Slows down guessing: after a few wrong codes from one address, its next wrong codes are answered "wait", longer after each.
import { LIMITS } from './protocol.js';

/** Counts wrong codes per address (a right code clears nothing: a student's own code must not reset its guesses); `now` is passed in so tests need no clock. */
export type AuthThrottle = {
  /** Milliseconds this address must still wait, or 0. */
  waitFor(address: string, now: number): number;
  /** Records a failed join and returns the wait it now owes. */
  fail(address: string, now: number): number;
};

/** A throttle with exponential lockout after `LIMITS.freeFailures` failures, capped at `LIMITS.maxLockoutMs`. */
export function createAuthThrottle(): AuthThrottle {
  const failures = new Map<string, { count: number; until: number }>();
  return {
    waitFor: (address, now) => Math.max(0, (failures.get(address)?.until ?? 0) - now),
    fail(address, now) {
      const count = (failures.get(address)?.count ?? 0) + 1;
      const wait = count <= LIMITS.freeFailures ? 0 : Math.min(LIMITS.maxLockoutMs, 1000 * 2 ** (count - LIMITS.freeFailures - 1));
      failures.set(address, { count, until: now + wait });
      if (failures.size > 10_000) failures.delete(failures.keys().next().value as string);
      return wait;
    },
  };
}
