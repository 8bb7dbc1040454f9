import { chmodSync, copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput } from '../../src/files/checkOutput.js';
import { createSeatCodes, writeSeatCodes } from '../../src/server/seatCodes.js';
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

  it('should refuse to replace a user’s own notes or package.json with a report, naming the file and what it seems to be', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.md'), 'notes\n');
    copyFileSync('package.json', join(dir, 'pkg.json'));
    const notes = await statecraftIn(dir, 'batch', 'base-closure', '--runs', '100', '--workers', '1', '--out', 'notes.md', '--format', 'md');
    expect(notes.stderr).toBe(
      'error: refusing to overwrite notes.md: it seems to be a Markdown file not written by statecraft, not a statecraft batch report\n' +
        'hint: choose another file, or pass --overwrite to replace it\n',
    );
    expect(notes.code).toBe(1);
    const pkg = await statecraftIn(dir, 'batch', 'base-closure', '--runs', '100', '--workers', '1', '--out', 'pkg.json', '--format', 'json');
    expect(pkg.stderr).toContain('refusing to overwrite pkg.json: it seems to be a package manifest (package.json), not a statecraft batch report');
    expect(pkg.code).toBe(1);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('notes\n');
    expect(readFileSync(join(dir, 'pkg.json'), 'utf8')).toBe(readFileSync('package.json', 'utf8'));
    const forced = await statecraftIn(dir, 'batch', 'base-closure', '--runs', '100', '--workers', '1', '--out', 'notes.md', '--format', 'md', '--overwrite');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toContain('# Monte Carlo: base-closure');
    writeFileSync(join(dir, 'empty.md'), '');
    expect((await statecraftIn(dir, 'batch', 'base-closure', '--runs', '100', '--workers', '1', '--out', 'empty.md')).code).toBe(0);
  });

  it.each([
    ['plain', []],
    ['--over-time', ['--over-time']],
    ['--uncertainty', ['--uncertainty', '--draws', '4', '--per-draw', '20']],
    ['--given', ['--given', 'actors.host == "wants_exit" by 2025-06']],
  ])('should let the same batch command (%s) replace its own report in every format', async (_, extra) => {
    const dir = fresh();
    for (const format of ['json', 'md', 'csv', 'table']) {
      const args = ['batch', 'base-closure', '--runs', '100', '--workers', '1', ...extra, '--format', format, '--out', `r.${format}`];
      expect((await statecraftIn(dir, ...args)).code).toBe(0);
      const again = await statecraftIn(dir, ...args);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
    }
  });

  it('should let debrief replace its own debrief, and refuse a user’s file of that name with a hint the command accepts', async () => {
    const dir = fresh();
    const script = join(process.cwd(), 'test/exercise/harir-in-45-rehearsal.yaml');
    expect((await statecraftIn(dir, 'exercise', 'harir-in-45', '--script', script)).code).toBe(0);
    expect((await statecraftIn(dir, 'debrief', 'harir-in-45.transcript.json', '--runs', '100')).code).toBe(0);
    expect((await statecraftIn(dir, 'debrief', 'harir-in-45.transcript.json', '--runs', '100')).code).toBe(0);
    expect((await statecraftIn(dir, 'debrief', 'harir-in-45.transcript.json', '--runs', '100', '--lang', 'ar')).code).toBe(0);
    expect((await statecraftIn(dir, 'debrief', 'harir-in-45.transcript.json', '--runs', '100')).code).toBe(0);
    writeFileSync(join(dir, 'harir-in-45.debrief.html'), '<p>my own page</p>\n');
    const r = await statecraftIn(dir, 'debrief', 'harir-in-45.transcript.json', '--runs', '100');
    expect(r.stderr).toBe(
      'error: refusing to overwrite harir-in-45.debrief.html: it seems to be an HTML file not written by statecraft, not a statecraft debrief\n' +
        'hint: choose another name, or move harir-in-45.debrief.html away first\n',
    );
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'harir-in-45.debrief.html'), 'utf8')).toBe('<p>my own page</p>\n');
  });

  it('should let paths and check replace their own scripts, and refuse a user’s YAML of that name', async () => {
    const dir = fresh();
    const paths = ['paths', 'base-closure', '--to', 'closed', '--max', '1', '--out-dir', 'p'];
    expect((await statecraftIn(dir, ...paths)).code).toBe(0);
    expect((await statecraftIn(dir, ...paths)).code).toBe(0);
    writeFileSync(join(dir, 'p', 'base-closure.path-1.yaml'), 'mine: true\n');
    const r = await statecraftIn(dir, ...paths);
    expect(r.stderr).toContain(
      'refusing to overwrite p/base-closure.path-1.yaml: it seems to be a YAML file (a scenario, exercise or script), not a statecraft run script',
    );
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'p', 'base-closure.path-1.yaml'), 'utf8')).toBe('mine: true\n');
    const check = ['check', join(process.cwd(), 'test/fixtures/valid/model.yaml'), '--counterexamples', 'cx'];
    expect((await statecraftIn(dir, ...check)).code).toBe(1);
    const again = await statecraftIn(dir, ...check);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('counterexample written to cx/model.cool_when_closed.yaml');
    writeFileSync(join(dir, 'cx', 'model.cool_when_closed.yaml'), 'mine: true\n');
    const mine = await statecraftIn(dir, ...check);
    expect(mine.stderr).toContain('refusing to overwrite cx/model.cool_when_closed.yaml: it seems to be a YAML file');
    expect(readFileSync(join(dir, 'cx', 'model.cool_when_closed.yaml'), 'utf8')).toBe('mine: true\n');
  });

  it('should refuse a read-only destination before computing (the mode bits, which hold for root too)', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', '--steps', 'advance', '--save', 'ros.json')).code).toBe(0);
    chmodSync(join(dir, 'ros.json'), 0o444);
    const saved = readFileSync(join(dir, 'ros.json'), 'utf8');
    const r = await statecraftIn(dir, 'run', '--steps', 'advance:2', '--save', 'ros.json');
    expect(r.stderr).toBe(
      'error: cannot write ros.json: the file is read-only (mode 0444)\nhint: make it writable (chmod u+w ros.json) or choose another path\n',
    );
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'ros.json'), 'utf8')).toBe(saved);
    expect(statSync(join(dir, 'ros.json')).mode & 0o777).toBe(0o444);
    expect((await statecraftIn(dir, 'batch', 'base-closure', '--runs', '100', '--workers', '1', '--out', 'r.json')).code).toBe(0);
    chmodSync(join(dir, 'r.json'), 0o444);
    const batch = await statecraftIn(dir, 'batch', 'base-closure', '--runs', '100', '--workers', '1', '--out', 'r.json');
    expect(batch.stderr).toContain('cannot write r.json: the file is read-only (mode 0444)');
    expect(batch.stdout).toBe('');
    expect(batch.code).toBe(1);
  });

  it('should let a hosted exercise replace only an earlier seat codes file beside its transcript', () => {
    const dir = fresh();
    const codes = join(dir, 't.json.seats.json');
    writeSeatCodes(codes, createSeatCodes('harir-in-45', ['baghdad']));
    expect(() => checkOutput(codes, { flag: '--transcript', format: 'statecraft-seat-codes', version: 1 })).not.toThrow();
    writeFileSync(codes, 'my own notes\n');
    expect(() => checkOutput(codes, { flag: '--transcript', format: 'statecraft-seat-codes', version: 1 })).toThrow(
      /refusing to overwrite .*t\.json\.seats\.json: it seems to be .*, not a statecraft seat codes file/,
    );
  });
});
