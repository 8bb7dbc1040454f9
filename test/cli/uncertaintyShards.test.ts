// batch --uncertainty --shard and merge: byte-identical to the unsharded batch, and every bad shard refused with the reason.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

const fixture = 'test/fixtures/uncertain/ranges.yaml';
const nested = ['batch', fixture, '--uncertainty', '--draws', '24', '--per-draw', '50', '--seed', '3', '--workers', '1'];
const dir = mkdtempSync(join(tmpdir(), 'statecraft-nested-shards-'));
const shard = (k: number, n = 3) => join(dir, `s${k}-of-${n}.json`);

describe('batch --uncertainty --shard, then merge', () => {
  beforeAll(async () => {
    for (const k of [1, 2, 3]) expect((await statecraft(...nested, '--shard', `${k}/3`, '--out', shard(k))).code).toBe(0);
  });

  it('should merge into the same bytes as the unsharded batch, in every format and shard order', async () => {
    for (const format of ['json', 'table', 'csv', 'md']) {
      const whole = await statecraft(...nested, '--format', format);
      const merged = await statecraft('merge', shard(3), shard(1), shard(2), '--scenario', fixture, '--format', format);
      expect(merged.code).toBe(0);
      expect(merged.stdout).toBe(whole.stdout);
    }
    const r = JSON.parse((await statecraft('merge', shard(1), shard(2), shard(3), '--scenario', fixture, '--format', 'json')).stdout);
    expect(r).toMatchObject({ format: 'statecraft-uncertainty', draws: 24, perDraw: 50, runs: 1200, seed: 3 });
  });

  it('should split by draws and say which draws each shard holds', async () => {
    const r = await statecraft(...nested, '--shard', '2/3', '--out', join(dir, 'again.json'));
    expect(r.stdout).toBe(`wrote shard 2/3 (draws 9–16 of 24, 400 runs) to ${join(dir, 'again.json')}\n`);
    const file = JSON.parse(readFileSync(shard(2), 'utf8'));
    expect(file).toMatchObject({ format: 'statecraft-batch-shard', kind: 'uncertainty', nested: { draws: 24, perDraw: 50 }, shard: { k: 2, n: 3 } });
    expect(file.draws.map((d: { k: number }) => d.k)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    const tooMany = await statecraft('batch', fixture, '--uncertainty', '--draws', '4', '--shard', '1/5', '--out', join(dir, 'x.json'));
    expect(tooMany).toMatchObject({ code: 2, stderr: expect.stringContaining('split by draws, and it has only 4') });
  });

  it('should refuse to mix shards of a plain batch and of batch --uncertainty', async () => {
    const plain = join(dir, 'plain.json');
    await statecraft('batch', fixture, '--runs', '100', '--shard', '2/3', '--workers', '1', '--out', plain);
    const r = await statecraft('merge', shard(1), plain, shard(3), '--scenario', fixture);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${plain} is a shard of a plain batch, but ${shard(1)} is a shard of batch --uncertainty`);
    expect(r.stderr).toContain('all with --uncertainty, or all without');
  });

  it('should refuse shards of other draw counts, missing shards, and tampered or malformed draws', async () => {
    const other = join(dir, 'other.json');
    await statecraft(...nested.map((a) => (a === '50' ? '60' : a)), '--shard', '2/3', '--out', other);
    const differs = await statecraft('merge', shard(1), other, shard(3), '--scenario', fixture);
    expect(differs).toMatchObject({ code: 1, stderr: expect.stringContaining('is from another batch than') });
    expect(await statecraft('merge', shard(1), shard(3), '--scenario', fixture)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('missing shard 2/3'),
    });
    const tamper = (change: (j: { draws: { k: number; values: number[]; outcomeCounts: number[] }[] }) => void) => {
      const j = JSON.parse(readFileSync(shard(2), 'utf8'));
      change(j);
      const file = join(dir, 'tampered.json');
      writeFileSync(file, JSON.stringify(j));
      return statecraft('merge', shard(1), file, shard(3), '--scenario', fixture);
    };
    const values = await tamper((j) => {
      (j.draws[0] as { values: number[] }).values[0] = 0.5;
    });
    expect(values.code).toBe(1);
    expect(values.stderr).toContain("the parameter values of draw 8 are not the ones seed 3 draws from this scenario's ranges");
    const counts = await tamper((j) => {
      (j.draws[1] as { outcomeCounts: number[] }).outcomeCounts[0] = 51;
    });
    expect(counts.stderr).toContain('the outcome counts of draw 9 do not add up to 50 runs');
    const dropped = await tamper((j) => {
      j.draws.pop();
    });
    expect(dropped.stderr).toContain('it holds 7 draws, but part 2 of 3 of 24 draws has 8');
    const malformed = await tamper((j) => {
      (j.draws[0] as unknown as { k: string }).k = 'eight';
    });
    expect(malformed).toMatchObject({ code: 1, stderr: expect.stringContaining('not a valid batch --uncertainty shard file: draws.0.k') });
  });
});
