// `exercise --host` refuses what it cannot do before it begins a transcript: the same command works once the cause is fixed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraftIn } from '../helpers.js';

describe('statecraft exercise --host', () => {
  it('should refuse without a terminal, and leave no transcript behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-host-start-'));
    const r = await statecraftIn(dir, 'exercise', 'harir-in-45', '--host', '--port', '0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*terminal/);
    expect(existsSync(join(dir, 'harir-in-45.transcript.json'))).toBe(false);
  });
});

describe('statecraft exercise (facilitator screen)', () => {
  it('should refuse without a terminal before it begins the transcript, so the next start is not refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-facilitator-start-'));
    const r = await statecraftIn(dir, 'exercise', 'harir-in-45');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*terminal/);
    expect(existsSync(join(dir, 'harir-in-45.transcript.json'))).toBe(false);
  });

  it('should refuse a language the scenario has no labels in, listing those it has', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-exercise-lang-'));
    const r = await statecraftIn(dir, 'exercise', 'harir-in-45', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang fr');
    expect(r.stderr).toContain('use one of: ar, en');
    expect(existsSync(join(dir, 'harir-in-45.transcript.json'))).toBe(false);
  });
});
