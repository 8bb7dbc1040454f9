// A token bucket per connection: a burst is allowed, then messages at a steady rate.
import { LIMITS } from './protocol.js';

/** Returns a function that says whether one more message at `now` (ms) is allowed. */
export function createRateLimit(rate: number = LIMITS.messagesPerSecond, burst: number = LIMITS.burst): (now: number) => boolean {
  let tokens = burst;
  let last = Number.NEGATIVE_INFINITY;
  return (now) => {
    tokens = Math.min(burst, tokens + (Number.isFinite(last) ? ((now - last) / 1000) * rate : burst));
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
