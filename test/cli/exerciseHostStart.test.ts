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
