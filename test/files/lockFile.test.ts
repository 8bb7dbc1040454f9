import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFile } from '../../src/files/lockFile.js';
import { start } from '../tui/pty.js';

const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/bin.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('locks on files being written', () => {
  it('should refuse a second writer of a transcript, so two exercises never lose each other’s entries (two real processes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-lock-'));
    writeFileSync(join(dir, 'notes.yaml'), 'steps:\n  - note: from the second process\n');
    const first = start(['exercise', 'harir-in-45'], {}, 80, 24, dir);
    await first.waitFor('THIS MONTH');
    const second = cli(dir, 'exercise', 'harir-in-45', '--resume', '--script', 'notes.yaml');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('error: harir-in-45.transcript.json is being written by another statecraft process');
    first.press('a');
    await first.waitFor('Oct 2025 (month 2/13)');
    first.press('q');
    expect(await first.exit).toBe(0);
    expect(existsSync(join(dir, 'harir-in-45.transcript.json.lock'))).toBe(false);
    const after = cli(dir, 'exercise', 'harir-in-45', '--resume', '--script', 'notes.yaml');
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    const entries = JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json'), 'utf8')).entries;
    expect(entries).toEqual([{ kind: 'advance' }, { kind: 'note', text: 'from the second process' }]);
  });

  it('should refuse a session save while another process holds its lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-lock-'));
    const lock = lockFile(join(dir, 's.json'), 'session');
    try {
      const r = cli(dir, 'run', '--steps', 'advance', '--save', 's.json');
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('s.json is being written by another statecraft process');
      expect(existsSync(join(dir, 's.json'))).toBe(false);
    } finally {
      lock.release();
    }
    expect(cli(dir, 'run', '--steps', 'advance', '--save', 's.json').status).toBe(0);
  });
});
