import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraftIn } from '../helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'statecraft-check-out-'));

describe('checkOutput: which existing files an output may replace', () => {
  it.each([
    ['a plain shard', []],
    ['an --uncertainty shard', ['--uncertainty', '--draws', '4', '--per-draw', '20']],
  ])('should let the same shard command replace its own shard, and refuse a shard of another scenario by name: %s', async (_, extra) => {
    const dir = fresh();
    const shard = ['--runs', '100', '--workers', '1', ...extra, '--shard', '1/2', '--out', 'fresh.json'];
    expect((await statecraftIn(dir, 'batch', 'base-closure', ...shard)).code).toBe(0);
    const again = await statecraftIn(dir, 'batch', 'base-closure', ...shard);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const before = readFileSync(join(dir, 'fresh.json'), 'utf8');
    const other = await statecraftIn(dir, 'batch', 'iraq-coalition', ...shard);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('refusing to overwrite fresh.json: it is a statecraft batch shard of scenario "base-closure", not "iraq-coalition"');
    expect(readFileSync(join(dir, 'fresh.json'), 'utf8')).toBe(before);
  });
});
