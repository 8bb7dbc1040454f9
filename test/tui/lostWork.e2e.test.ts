// No lost work, in a real terminal: Ctrl+C, SIGTERM, o and q ask; s saves; a SIGKILL leaves a recovery file the next play offers.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PATIENCE, statecraftIn } from '../helpers.js';
import { start } from './pty.js';

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `statecraft-${name}-`));
const recoveryFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.recovery.json'));

describe('no lost work in statecraft play', () => {
  it('should offer the work of a killed session (SIGKILL) back on the next start', async () => {
    const dir = tempDir('recovery');
    const env = { STATECRAFT_RECOVERY_DIR: dir };
    const first = start(['play', '--no-odds'], env);
    await first.waitFor('TRIGGERS 15 of 26 enabled');
    first.press('\r');
    await first.waitFor('fired isis_resurgence: step 1');
    first.press('a');
    await first.waitFor('step 4 · seed 1 · main *');
    await vi.waitFor(
      () => expect(JSON.parse(readFileSync(join(dir, recoveryFiles(dir)[0] ?? 'none'), 'utf8')).session.branches.main).toHaveLength(2),
      PATIENCE,
    );
    first.proc.kill('SIGKILL');
    await first.exit;
    const second = start(['play', '--no-odds'], env);
    await second.waitFor('RECOVER UNSAVED WORK');
    expect(second.screen()).toContain('4 steps, 1 branch, now at Oct 2025 on branch main');
    second.press('y');
    await second.waitFor('restored 4 steps not saved yet: press s to save them');
    expect(second.screen()).toContain('step 4 · seed 1 · main *');
    second.press('q');
    await second.waitFor('There are unsaved changes. Quit anyway?');
    second.press('y');
    expect(await second.exit).toBe(0);
    expect(recoveryFiles(dir)).toEqual([]);
  });

  it('should ask on Ctrl+C with unsaved changes, and quit on a second one keeping the autosave', async () => {
    const dir = tempDir('ctrlc');
    const run = start(['play', '--no-odds'], { STATECRAFT_RECOVERY_DIR: dir });
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('\r');
    await run.waitFor('step 1 · seed 1 · main *');
    run.press('\x03');
    await run.waitFor('There are unsaved changes. Quit anyway? (y/n) s saves, then quits');
    await run.waitFor('again quits (the autosave is kept)');
    run.press('n');
    await run.waitFor('quit cancelled');
    run.press('\x03');
    await run.waitFor('Quit anyway?');
    run.press('\x03');
    expect(await run.exit).toBe(0);
    expect(recoveryFiles(dir)).toHaveLength(1);
  });

  it('should ask on SIGTERM, and s in the quit prompt saves the session before quitting', async () => {
    const cwd = tempDir('sigterm');
    const run = start(['play', '--no-odds'], {}, 80, 24, cwd);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('\r');
    await run.waitFor('step 1 · seed 1 · main *');
    run.proc.kill('SIGTERM');
    await run.waitFor('SIGTERM');
    await run.waitFor('again quits (the autosave is kept)');
    run.press('s');
    await run.waitFor('Save session as (then quit): iraq-coalition.session.json');
    run.press('\r');
    expect(await run.exit).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'iraq-coalition.session.json'), 'utf8')).branches.main).toEqual([{ kind: 'fire', trigger: 'isis_resurgence' }]);
  });

  it('should ask before o opens another session over unsaved work', async () => {
    const run = start(['play', '--no-odds']);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('\r');
    await run.waitFor('step 1 · seed 1 · main *');
    run.press('o');
    await run.waitFor('There are unsaved changes. Open another session anyway? (y/n) s saves first');
    run.press('n');
    await run.waitFor('open cancelled');
    expect(run.screen()).toContain('step 1 · seed 1 · main *');
    run.press('\x03');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });

  it('should ignore keys behind the "enlarge the terminal" screen (only q quits)', async () => {
    const run = start(['play', '--no-odds'], {}, 60, 15);
    await run.waitFor('Enlarge the terminal to at least 80×24');
    run.press('a');
    run.press('q');
    expect(await run.exit, 'a did not advance, so nothing is unsaved and q quits at once').toBe(0);
    expect(existsSync('iraq-coalition.session.json')).toBe(false);
  });
});

describe('saving a session another process changed', () => {
  it('should refuse to replace it and keep this session beside it, saying where', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'statecraft-changed-'));
    expect((await statecraftIn(cwd, 'run', '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    const run = start(['play', '--session', 's.json', '--no-odds'], {}, 80, 24, cwd);
    await run.waitFor('step 3 · seed 1 · main');
    run.press('\r');
    await run.waitFor('step 4 · seed 1 · main *');
    // Meanwhile another statecraft saves over it.
    expect((await statecraftIn(cwd, 'run', '--from', 's.json', '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    const theirs = readFileSync(join(cwd, 's.json'), 'utf8');
    run.press('s');
    await run.waitFor('Save session as: s.json');
    run.press('\r');
    await run.waitForScreen((shown) => expect(shown.replace(/\s+/g, ' ')).toContain('s.kept-1.json'));
    expect(readFileSync(join(cwd, 's.json'), 'utf8'), 'their save is untouched').toBe(theirs);
    const kept = JSON.parse(readFileSync(join(cwd, 's.kept-1.json'), 'utf8')).branches.main;
    expect(kept, 'this session: the advance it opened with, then the trigger fired here').toHaveLength(2);
    expect(kept[0]).toEqual({ kind: 'advance' });
    expect(kept[1]).toMatchObject({ kind: 'fire' });
    run.proc.kill('SIGKILL');
  });
});
