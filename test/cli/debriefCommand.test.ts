// debrief never writes over its inputs, and says so in the terms of what the user typed: the default place or --out-dir (N8).
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraftIn } from '../helpers.js';

const script = join(process.cwd(), 'test/exercise/harir-in-45-rehearsal.yaml');

describe('debrief over an input', { timeout: 120_000 }, () => {
  it('should word the refusal for the default place beside the transcript, hint --out-dir, and for --out-dir name that folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-debrief-'));
    copyFileSync('scenarios/exercises/harir-in-45.yaml', join(dir, 'q.debrief.md'));
    expect((await statecraftIn(dir, 'exercise', './q.debrief.md', '--script', script, '--transcript', 'q.json')).code).toBe(0);
    const exercise = readFileSync(join(dir, 'q.debrief.md'), 'utf8');
    const beside = await statecraftIn(dir, 'debrief', 'q.json', '--runs', '100');
    expect(beside.stderr).toBe(
      'error: refusing to write the debrief q.debrief.md beside the transcript (where it goes without --out-dir): it is an input of this command (q.debrief.md)\n' +
        'hint: write the debrief to another folder with --out-dir DIR\n',
    );
    expect(beside.code).toBe(1);
    const here = await statecraftIn(dir, 'debrief', 'q.json', '--runs', '100', '--out-dir', '.');
    expect(here.stderr).toBe(
      'error: refusing to write the debrief q.debrief.md in --out-dir .: it is an input of this command (q.debrief.md)\nhint: choose another --out-dir\n',
    );
    expect(here.code).toBe(1);
    expect(readFileSync(join(dir, 'q.debrief.md'), 'utf8')).toBe(exercise);
  });
});
