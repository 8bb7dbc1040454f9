import { describe, expect, it } from 'vitest';
import { emptyAggregate } from '../../src/analysis/batchAggregate.js';
import { UserError } from '../../src/core/errors.js';
import { MAX_BYTES } from '../../src/files/limits.js';
import { parseShard, serializeShard } from '../../src/report/batchShardFile.js';

const batch = {
  provenance: { scenario: { id: 'x', fingerprint: '0123456789abcdef' }, seed: 1, runs: 2, sets: [], forces: [], from: null, statecraft: '0.1.0' },
  startMonth: 0,
};

describe('shard files', () => {
  it('should refuse to write a shard that merge could not read back, saying to use more shards', () => {
    const agg = emptyAggregate(1, 1, 1, 1, 0);
    const key = 'a'.repeat(60);
    // Enough distinct sequences to pass the limit: what a very large shard of a scenario with many triggers holds.
    const entries = Math.ceil(MAX_BYTES.shard / key.length);
    agg.sequences[0] = Object.fromEntries(Array.from({ length: entries }, (_, i) => [`${key}${i}`, 1]));
    const thrown = (() => {
      try {
        serializeShard(batch, { k: 1, n: 2 }, agg);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).message).toMatch(
      /^the shard would be [\d,]+ bytes, over the limit of 67,108,864 bytes that merge reads; nothing was written$/,
    );
    expect((thrown as UserError).hint).toContain('a larger N in --shard K/N');
  });

  it('should write a shard under the limit that parses back to the same aggregate', () => {
    const agg = emptyAggregate(1, 1, 1, 1, 0);
    agg.sequences[0] = { 'a>b': 3 };
    const text = serializeShard(batch, { k: 1, n: 2 }, agg);
    expect(parseShard(text, 's.json')).toMatchObject({ shard: { k: 1, n: 2 }, aggregate: { sequences: [{ 'a>b': 3 }, {}, {}] } });
  });
});
