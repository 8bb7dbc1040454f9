import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraftIn } from '../helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'statecraft-out-'));

describe('outputs: nothing overwritten, failures are user errors', () => {
  it('should never write a batch report over its own scenario', async () => {
    const dir = fresh();
    copyFileSync('scenarios/base-closure.yaml', join(dir, 'mine.yaml'));
    const before = readFileSync(join(dir, 'mine.yaml'), 'utf8');
    const r = await statecraftIn(dir, 'batch', 'mine.yaml', '--runs', '100', '--out', 'mine.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: refusing to write --out mine.yaml: it is an input of this command (mine.yaml)');
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe(before);
    const other = await statecraftIn(dir, 'batch', 'base-closure', '--runs', '100', '--out', 'mine.yaml');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('refusing to overwrite mine.yaml: a YAML file (a scenario, exercise or script) is not a report');
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe(before);
  });

  it('should check the destination before computing (a huge batch into a missing folder fails at once)', async () => {
    const r = await statecraftIn(fresh(), 'batch', 'base-closure', '--runs', '100000000', '--out', 'nodir/x.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: cannot write nodir/x.json: the folder does not exist (ENOENT)\nhint: create the folder first, or choose another path\n');
  });

  it('should refuse to replace a session of another scenario without --overwrite', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', 'iraq-coalition', '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    const saved = readFileSync(join(dir, 's.json'), 'utf8');
    const r = await statecraftIn(dir, 'run', 'base-closure', '--steps', 'advance', '--save', 's.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refusing to overwrite s.json: it is a statecraft session file of scenario "iraq-coalition", not "base-closure"');
    expect(readFileSync(join(dir, 's.json'), 'utf8')).toBe(saved);
    expect((await statecraftIn(dir, 'run', 'base-closure', '--steps', 'advance', '--save', 's.json', '--overwrite')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')).scenario.id).toBe('base-closure');
  });

  it('should save through a symlink to its target, keeping its 0600 mode', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', '--steps', 'advance', '--save', 'real.json')).code).toBe(0);
    chmodSync(join(dir, 'real.json'), 0o600);
    symlinkSync('real.json', join(dir, 'link.json'));
    expect((await statecraftIn(dir, 'run', '--steps', 'advance,advance', '--save', 'link.json')).code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'real.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).branches.main).toHaveLength(2);
  });

  it.each([
    ['run --save', ['run', '--steps', 'advance', '--save', '/sys/statecraft.json'], '/sys/statecraft.json'],
    ['batch --out', ['batch', 'base-closure', '--runs', '100', '--out', '/sys/statecraft.json'], '/sys/statecraft.json'],
    [
      'exercise --transcript',
      ['exercise', 'harir-in-45', '--script', join(process.cwd(), 'test/exercise/harir-in-45-rehearsal.yaml'), '--transcript', '/sys/t.json'],
      '/sys/t.json',
    ],
    ['paths --out-dir', ['paths', 'base-closure', '--to', 'closed', '--out-dir', '/sys/paths'], '/sys/paths'],
    ['check --counterexamples', ['check', 'base-closure', '--counterexamples', '/sys/cx'], '/sys/cx'],
  ])('should report a folder it cannot write as a user error: %s', async (_, args, path) => {
    const dir = fresh();
    const r = await statecraftIn(dir, ...args);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toContain(`cannot write ${path}`);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('should report a debrief into a folder it cannot write as a user error, and leave no temporary file', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'exercise', 'harir-in-45', '--script', join(process.cwd(), 'test/exercise/harir-in-45-rehearsal.yaml'))).code).toBe(0);
    const r = await statecraftIn(dir, 'debrief', 'harir-in-45.transcript.json', '--runs', '100', '--out-dir', '/sys/debrief');
    expect(r.stderr).toContain('cannot write /sys/debrief: permission denied (EACCES)');
    expect(r.code).toBe(1);
    mkdirSync(join(dir, 'ok'));
    expect((await statecraftIn(dir, 'debrief', 'harir-in-45.transcript.json', '--runs', '100', '--out-dir', 'ok')).code).toBe(0);
    expect(readdirSync(join(dir, 'ok')).sort()).toEqual(['harir-in-45.debrief.html', 'harir-in-45.debrief.md']);
  });
});
