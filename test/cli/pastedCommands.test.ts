// Every command statecraft suggests, pasted into a shell, runs statecraft and nothing else, whatever the file names.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraftIn } from '../helpers.js';

/** A file name as one may arrive in a shared folder: pasted raw, it would run `touch PWNED`. */
const HOSTILE = "n $(touch PWNED)'x";
const MAIN = join(process.cwd(), 'dist/cli/bin.js');

/** Runs a printed line in bash, `statecraft` being the built program, in `dir`. */
const paste = (dir: string, line: string) =>
  spawnSync('bash', ['-c', `statecraft() { "${process.execPath}" "${MAIN}" "$@"; }\n${line}`], { cwd: dir, encoding: 'utf8' });

/** The printed command after `label` on its line. */
const suggested = (text: string, label: RegExp) => {
  const m = label.exec(text);
  expect(m, `a line with ${label}`).not.toBeNull();
  return (m?.[1] ?? '').trim();
};

describe('suggested commands', () => {
  it('should quote the paths in the replay lines of paths and check, and the debrief line of exercise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-paste-'));
    copyFileSync('test/fixtures/valid/minimal.yaml', join(dir, `${HOSTILE}.yaml`));
    copyFileSync('test/fixtures/valid/model.yaml', join(dir, `${HOSTILE}.model.yaml`));

    const paths = await statecraftIn(dir, 'paths', `${HOSTILE}.yaml`, '--to', 'gov=loud');
    expect(paths.code).toBe(0);
    const replay = suggested(paths.stdout, /replay: (.*)/);
    expect(replay).toContain(`'n $(touch PWNED)'\\''x.yaml'`);
    expect(paste(dir, replay).status).toBe(0);

    const check = await statecraftIn(dir, 'check', `${HOSTILE}.model.yaml`, '--counterexamples', HOSTILE);
    expect(check.code).toBe(1);
    expect(paste(dir, suggested(check.stdout, /\(replay: (.*)\)$/m)).status, 'the counterexample replays: its invariant breaks (exit 1)').toBe(1);

    const script = join(process.cwd(), 'test/exercise/harir-rehearsal.yaml');
    const played = await statecraftIn(dir, 'exercise', 'harir-countdown', '--script', script, '--transcript', `${HOSTILE}.json`);
    expect(played.code).toBe(0);
    expect(paste(dir, suggested(played.stdout, /^debrief: (.*)$/m)).status).toBe(0);

    expect(existsSync(join(dir, 'PWNED')), 'no pasted line ran anything but statecraft').toBe(false);
  });
});
