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
  const state = (BigInt(seed >>> 0) << 32n) | BigInt(index >>> 0);
  const words = [mix((state + GAMMA) & M), mix((state + 2n * GAMMA) & M)];
  return words.flatMap((w) => [Number(BigInt.asIntN(32, w >> 32n)), Number(BigInt.asIntN(32, w & 0xffffffffn))]);
};

describe('seedRun', () => {
  it('should give the pinned first draws of runs 0–9 for seed 1', () => {
    expect(firstDraws(1)).toEqual([
      [0.7116640363113153, 0.46021775413361377, 0.5578510548442386],
      [0.8337917405238128, 0.2578919842407209, 0.1148166174306493],
      [0.8011066561129859, 0.11096843563849057, 0.9404402396679118],
      [0.03148711076753319, 0.825974667154148, 0.07418830033499835],
      [0.5674693427973893, 0.017323637962307292, 0.8434815219130936],
      [0.21192447734204256, 0.43595529865833105, 0.5778290883579911],
      [0.9791643231218382, 0.5723826550188263, 0.8124660381809814],
      [0.19192287068638914, 0.2564931519555135, 0.793643599810155],
      [0.7726958154943465, 0.03628582721376994, 0.8510598549067866],
      [0.3264164573247673, 0.14336128289714933, 0.34766470660867743],
    ]);
  });

  it('should give the pinned first draws of runs 0–9 for seed 2025', () => {
    expect(firstDraws(2025)).toEqual([
      [0.5806803677939059, 0.8748232734036413, 0.223192720330318],
      [0.43933912074712445, 0.6373771933863336, 0.34439377963449536],
      [0.7470398180438098, 0.05042153022225604, 0.8708552435105674],
      [0.8935901101803951, 0.4728871247175537, 0.3399640074500315],
      [0.46994335660818465, 0.6924150853918769, 0.7648650982632155],
      [0.8829395871917295, 0.6938495615950385, 0.25410437559590004],
      [0.8380483175175106, 0.3067241655492571, 0.5316895474933263],
      [0.03933968147237188, 0.20202943164943987, 0.9538201706633925],
      [0.8397055067626888, 0.12563746708835444, 0.3594105215309982],
      [0.2020935158009275, 0.5823249823891314, 0.4559041897829007],
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
