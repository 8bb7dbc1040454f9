// No-regression: the first draws of each run are pinned, so a change to the random streams is always deliberate.
import fc from 'fast-check';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { seedRun } from '../../src/engine/rng.js';
import { propertyRuns } from '../propertyRuns.js';

const firstDraws = (seed: number) =>
  Array.from({ length: 10 }, (_, run) => {
    const rng = xoroshiro128plusFromState(seedRun(seed, run));
    return [uniformFloat64(rng), uniformFloat64(rng), uniformFloat64(rng)];
  });

// SplitMix64 with BigInt, written from the reference (Steele, Lea, Flood 2014), to check the 32-bit halves.
const M = (1n << 64n) - 1n;
const GAMMA = 0x9e3779b97f4a7c15n;
const mix = (x: bigint) => {
  let z = ((x ^ (x >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
  return z ^ (z >> 31n);
};
const reference = (seed: number, index: number) => {
  const key = mix((BigInt(seed >>> 0) << 32n) | BigInt(index >>> 0));
  const words = [mix((key + GAMMA) & M), mix((key + 2n * GAMMA) & M)];
  return words.flatMap((w) => [Number(BigInt.asIntN(32, w >> 32n)), Number(BigInt.asIntN(32, w & 0xffffffffn))]);
};

describe('seedRun', () => {
  it('should give the pinned first draws of runs 0–9 for seed 1', () => {
    expect(firstDraws(1)).toEqual([
      [0.6075600112288195, 0.8733102884021927, 0.6477103237113819],
      [0.7651341809812781, 0.5930057260922943, 0.021338961615776197],
      [0.8140481804079152, 0.8127221714649723, 0.22171577881435123],
      [0.2729222167024751, 0.15596124682618806, 0.293544526789846],
      [0.3175653486353326, 0.32528413642609866, 0.2374876372621939],
      [0.3321547498116454, 0.6691442369106321, 0.9997109036696085],
      [0.5843548101428544, 0.30885040548894627, 0.43926713419095853],
      [0.4283755261253074, 0.23432855401705455, 0.30019636843832664],
      [0.8972988349950785, 0.5935199552500529, 0.5338626874651305],
      [0.9803924680034951, 0.5135707246486351, 0.3539090644863493],
    ]);
  });

  it('should give the pinned first draws of runs 0–9 for seed 2025', () => {
    expect(firstDraws(2025)).toEqual([
      [0.08797392549084848, 0.15466881847946168, 0.44727547743396456],
      [0.4899229857430989, 0.09753568220022235, 0.3225873291268416],
      [0.9857394366468755, 0.5097462174203915, 0.6321215146540468],
      [0.5341562973392803, 0.6364654826899142, 0.9051341993739835],
      [0.43090856205205064, 0.1814648553556797, 0.08210052406060953],
      [0.5591561740700458, 0.5992871133440146, 0.43425218945110233],
      [0.449797811037815, 0.8846808407883938, 0.6740603552414468],
      [0.3320917902046272, 0.3544585780836843, 0.8956903907666997],
      [0.8201821864302499, 0.5871531871699146, 0.5907521172562855],
      [0.5284423332847115, 0.40624903311519645, 0.9264919476343567],
    ]);
  });

  it('should equal SplitMix64 computed with 64-bit integers, for any seed and run', () => {
    const u32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });
    fc.assert(
      fc.property(u32, u32, (seed, index) => {
        expect(seedRun(seed, index)).toEqual(reference(seed, index));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('should give the same state for the same (seed, run), every time', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (seed, index) => {
        expect(seedRun(seed, index)).toEqual(seedRun(seed, index));
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
