import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/core/escapeControl.js';

const ESC = '\u001b';
const hostile = `Clear${ESC}[2J title${ESC}]0;pwned\u0007 clip${ESC}]52;c;aGVsbG8=\u0007 c1\u009b31m`;

describe('escapeControl', () => {
  it('should show ESC, BEL and C1 controls instead of obeying them, and keep tabs, newlines and Arabic', () => {
    expect(escapeControl(hostile)).toBe('Clear\\x1b[2J title\\x1b]0;pwned\\x07 clip\\x1b]52;c;aGVsbG8=\\x07 c1\\x9b31m');
    expect(escapeControl('a\tb\nانسحاب')).toBe('a\tb\nانسحاب');
  });

  it('should keep labels from driving the terminal in check and run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-esc-'));
    const text = readFileSync('scenarios/base-closure.yaml', 'utf8').replace('Base closure: a small example scenario', JSON.stringify(hostile).slice(1, -1));
    writeFileSync(join(dir, 'hostile.yaml'), text);
    for (const args of [
      ['check', 'hostile.yaml'],
      ['run', 'hostile.yaml', '--steps', 'advance'],
    ]) {
      const r = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/bin.js'), ...args], { cwd: dir, encoding: 'utf8' });
      for (const c of ['\u0007', ESC, '\u009b']) expect(r.stdout + r.stderr).not.toContain(c);
      expect(r.stdout).toContain('Clear\\x1b[2J');
    }
  });
});
