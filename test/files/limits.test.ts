import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/core/errors.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { statecraftIn, tiny } from '../helpers.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'statecraft-limits-'));

describe('limits on inputs', () => {
  it('should refuse a clock from 0001-01 to 9999-12, positioned at its end', () => {
    const text = tiny({ clock: { start: '0001-01', end: '9999-12' } });
    let error: unknown;
    try {
      readScenario('long.yaml', text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const d = (error as ScenarioError).diagnostics[0];
    expect(d).toMatchObject({ file: 'long.yaml', line: 5, code: 'clock-too-long', message: 'the clock runs 119988 months; the limit is 600' });
  });

  it('should refuse a scenario that is a symlink to /dev/zero, and a session that is a folder, as such', async () => {
    const dir = fresh();
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    mkdirSync(join(dir, 'folder.json'));
    const zero = await statecraftIn(dir, 'check', 'zero.yaml');
    expect(zero.code).toBe(1);
    expect(zero.stderr).toContain('error: zero.yaml is not a regular file (a device, FIFO or socket)');
    const folder = await statecraftIn(dir, 'run', '--from', 'folder.json');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('error: folder.json is a folder, not a session file');
  });

  it('should refuse an oversized session as too large, not "not found"', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'big.json'), ' '.repeat(17 * 1024 * 1024));
    const r = await statecraftIn(dir, 'run', '--from', 'big.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: big.json: the session file is larger than the limit of 16,777,216 bytes');
  });

  it.each([
    ['/dev/zero', 'is not a regular file'],
    ['FOLDER', 'is a folder, not an exercise file'],
  ])('should refuse a transcript naming %s as its exercise file', async (exerciseFile, message) => {
    const dir = fresh();
    mkdirSync(join(dir, 'folder.yaml'));
    const script = join(process.cwd(), 'test/exercise/harir-in-45-rehearsal.yaml');
    expect((await statecraftIn(dir, 'exercise', 'harir-in-45', '--script', script, '--transcript', 't.json')).code).toBe(0);
    const t = JSON.parse(readFileSync(join(dir, 't.json'), 'utf8'));
    t.exercise.file = exerciseFile === 'FOLDER' ? 'folder.yaml' : exerciseFile;
    writeFileSync(join(dir, 't.json'), JSON.stringify(t));
    const r = await statecraftIn(dir, 'debrief', 't.json', '--runs', '100');
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(1);
  });
});
