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

// 64-bit words as two unsigned 32-bit halves: mul64 and mix64 write their result here, [hi, lo] (no allocation).
const out = new Uint32Array(2);

/** (aHi:aLo) × (bHi:bLo) mod 2^64 into `out`. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  out[1] = ((mid & 0xffff) << 16) | (p00 & 0xffff);
  out[0] = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + Math.imul(aHi, bLo) + Math.imul(aLo, bHi);
}

/** SplitMix64's finalizer (Steele, Lea and Flood 2014): a bijection on 64 bits, into `out`. */
function mix64(hi: number, lo: number): void {
  // z ^= z >>> 30; z *= 0xbf58476d1ce4e5b9
  mul64((hi ^ (hi >>> 30)) >>> 0, (lo ^ ((lo >>> 30) | (hi << 2))) >>> 0, 0xbf58476d, 0x1ce4e5b9);
  // z ^= z >>> 27; z *= 0x94d049bb133111eb
  let zHi = out[0] as number;
  let zLo = out[1] as number;
  mul64((zHi ^ (zHi >>> 27)) >>> 0, (zLo ^ ((zLo >>> 27) | (zHi << 5))) >>> 0, 0x94d049bb, 0x133111eb);
  // z ^= z >>> 31
  zHi = out[0] as number;
  zLo = out[1] as number;
  out[0] = zHi ^ (zHi >>> 31);
  out[1] = zLo ^ ((zLo >>> 31) | (zHi << 1));
}

/** hi:lo + (gHi:gLo) mod 2^64, then mixed: a SplitMix64 output from state hi:lo, into `out`. */
function splitmix(hi: number, lo: number, gHi: number, gLo: number): void {
  const sumLo = lo + gLo;
  mix64((hi + gHi + (sumLo > 0xffffffff ? 1 : 0)) >>> 0, sumLo >>> 0);
}

/**
 * The state for run `index` of a batch with `seed`: SplitMix64 (Steele, Lea and Flood 2014) started from the 64-bit
 * word seed:index, its first two outputs filling xoroshiro128+'s 128 bits. SplitMix64's output is a bijection of its
 * state, so two different (seed, index) pairs never start from the same state; any worker or shard count gives the same runs.
 */
export function seedRun(seed: number, index: number): RngState {
  const hi = seed >>> 0;
  const lo = index >>> 0;
  splitmix(hi, lo, 0x9e3779b9, 0x7f4a7c15); // + γ
  const s0Hi = out[0] as number;
  const s0Lo = out[1] as number;
  splitmix(hi, lo, 0x3c6ef372, 0xfe94f82a); // + 2γ mod 2^64
  return [s0Hi | 0, s0Lo | 0, (out[0] as number) | 0, (out[1] as number) | 0];
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
