// Seeded randomness as plain state, so history, undo, saved sessions and batches stay reproducible.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** A generator's state: plain numbers, safe to store and save. */
export type RngState = readonly number[];

/**
 * Name of the stream derivation, written into session and shard files. A file made with another one
 * would replay to different results, so it is refused rather than re-rolled.
 */
export const RNG_STREAM = 'splitmix64(seed:index)>xoroshiro128+';

// 64-bit words as two unsigned 32-bit halves: mul64 and mix64 write their result here (no allocation).
let outHi = 0;
let outLo = 0;

/** (aHi:aLo) × (bHi:bLo) mod 2^64 into outHi:outLo. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  outLo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  outHi = (carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

/** SplitMix64's finalizer (Steele, Lea and Flood 2014): a bijection on 64 bits, into outHi:outLo. */
function mix64(hi: number, lo: number): void {
  // z ^= z >>> 30; z *= 0xbf58476d1ce4e5b9
  let l = (lo ^ ((lo >>> 30) | (hi << 2))) >>> 0;
  let h = (hi ^ (hi >>> 30)) >>> 0;
  mul64(h, l, 0xbf58476d, 0x1ce4e5b9);
  // z ^= z >>> 27; z *= 0x94d049bb133111eb
  l = (outLo ^ ((outLo >>> 27) | (outHi << 5))) >>> 0;
  h = (outHi ^ (outHi >>> 27)) >>> 0;
  mul64(h, l, 0x94d049bb, 0x133111eb);
  // z ^= z >>> 31
  l = (outLo ^ ((outLo >>> 31) | (outHi << 1))) >>> 0;
  h = (outHi ^ (outHi >>> 31)) >>> 0;
  outHi = h;
  outLo = l;
}

/** (hi:lo) + k·0x9e3779b97f4a7c15 mod 2^64, then mixed: the k-th SplitMix64 output from state hi:lo. */
function splitmix(hi: number, lo: number, k: number): void {
  mul64(0, k, 0x9e3779b9, 0x7f4a7c15);
  const sumLo = lo + outLo;
  const sumHi = (hi + outHi + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
  mix64(sumHi, sumLo >>> 0);
}

/**
 * The state for run `index` of a batch with `seed`: a SplitMix64 key made from the 64-bit word
 * seed:index fills xoroshiro128+'s 128 bits. The key is a bijection of (seed, index), so two
 * different pairs never start from the same state; any worker or shard count gives the same runs.
 */
export function seedRun(seed: number, index: number): RngState {
  mix64(seed >>> 0, index >>> 0);
  const keyHi = outHi;
  const keyLo = outLo;
  splitmix(keyHi, keyLo, 1);
  const s0Hi = outHi;
  const s0Lo = outLo;
  splitmix(keyHi, keyLo, 2);
  return [s0Hi | 0, s0Lo | 0, outHi | 0, outLo | 0];
}

/** The state of a session's generator seeded with `seed`: the stream of run 0 of a batch with that seed. */
export function seedRng(seed: number): RngState {
  return seedRun(seed, 0);
}

/** Draws a number in [0, 1) and returns it with the next state. */
export function drawUniform(state: RngState): { value: number; state: RngState } {
  const rng = xoroshiro128plusFromState(state);
  const value = uniformFloat64(rng);
  return { value, state: rng.getState() };
}
