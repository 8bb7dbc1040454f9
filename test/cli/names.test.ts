import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'statecraft-names-'));
const WATER = readFileSync('test/fixtures/valid/water-crisis.yaml', 'utf8');

describe('names JavaScript objects carry, in every command', { timeout: 180_000 }, () => {
  it('should refuse an indicator called constructor or __proto__ with file:line:col in check, run, batch, paths and sweep', async () => {
    for (const name of ['constructor', '__proto__']) {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, WATER.replace('  tension:', `  ${name}: { label: N, min: 0, max: 1, initial: 0 }\n  tension:`));
      for (const args of [
        ['check'],
        ['run', '--steps', 'advance'],
        ['batch', '--runs', '10'],
        ['paths', '--to', 'unrest'],
        ['sweep', '--grid', 'indicators.tension.initial=0:10:2', '--runs', '5'],
      ]) {
        const [command, ...rest] = args as [string, ...string[]];
        const r = await statecraft(command, file, ...rest);
        expect(r.code, `${command} ${name}`).toBe(1);
        expect(r.stderr + r.stdout).toMatch(new RegExp(`${name}\\.yaml:14:3 error\\[reserved-id\\]: "${name}" cannot be used as a name`));
      }
    }
  });

  it('should refuse --set and --grid paths through object machinery instead of ignoring them or adding a phantom', async () => {
    const proto = await statecraft('batch', '--set', 'triggers.__proto__.chance=0.5', '--runs', '10');
    expect(proto.code).toBe(2);
    expect(proto.stderr).toContain('unknown trigger "__proto__"');
    const phantom = await statecraft('batch', '--set', 'indicators.constructor.initial=5', '--runs', '10');
    expect(phantom.code).toBe(2);
    expect(phantom.stderr).toContain('unknown indicator "constructor"');
    const grid = await statecraft('sweep', '--grid', 'indicators.toString.initial=0:10:2', '--runs', '5');
    expect(grid.code).toBe(2);
    expect(grid.stderr).toContain('unknown indicator "toString"');
  });

  it('should refuse a session file whose branch is called toString, as a user error', async () => {
    const session = join(dir, 'a.session.json');
    expect((await statecraft('run', '--steps', 'advance', '--save', session)).code).toBe(0);
    const data = JSON.parse(readFileSync(session, 'utf8'));
    for (const name of ['toString', '__proto__', 'constructor']) {
      const edited = join(dir, `${name}.session.json`);
      writeFileSync(edited, JSON.stringify({ ...data, branch: name, branches: JSON.parse(`{"${name}": ${JSON.stringify(data.branches.main)}}`) }));
      const r = await statecraft('run', '--from', edited, '--steps', 'advance');
      expect(r.code, name).toBe(1);
      expect(r.stderr).toContain('corrupt session file at branch');
    }
  });

  it('should refuse an exercise role called constructor, positioned', async () => {
    const exercise = readFileSync('test/fixtures/exercises/valid.yaml', 'utf8').replace('  host:\n', '  constructor:\n');
    const file = join(process.cwd(), 'test/fixtures/exercises', 'reserved.tmp.yaml');
    writeFileSync(file, exercise);
    try {
      const r = await statecraft('exercise', file, '--script', 'test/fixtures/exercises/valid.yaml', '--transcript', join(dir, 't.json'));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/reserved\.tmp\.yaml:7:3 error\[reserved-id\]: "constructor" cannot be used as a name/);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
