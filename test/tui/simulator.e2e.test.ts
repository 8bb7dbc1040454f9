// Chance, autoplay, one-move jumps and branches at a timeline step, in a real terminal at 80×24.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tiny } from '../helpers.js';
import { start } from './pty.js';

const TAB = '\t';
const UP = '\x1b[A';

describe('statecraft play: roll, autoplay, jump back, branch at a step', () => {
  it('should roll a month by chance with the session seed, as run --steps roll does', async () => {
    const run = start(['play', '--no-odds', '--seed', '4']);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('R');
    await run.waitFor('rolled Sep 2025, ');
    const cli = spawnSync(process.execPath, ['dist/cli/bin.js', 'run', '--steps', 'roll', '--seed', '4', '--format', 'json'], { encoding: 'utf8' });
    const steps = JSON.parse(cli.stdout).steps as { trigger: string }[];
    const header = run.screen().split('\n')[0] ?? '';
    expect(header).toContain(`step ${steps.length} · seed 4 · main *`);
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });

  it('should autoplay to the end a month at a time, then jump back to a chosen step in one move and branch there', async () => {
    const run = start(['play', '--no-odds']);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('P');
    await run.waitFor('autoplay reached the end');
    expect(run.screen()).toMatch(/OUTCOME {2}\w+/);
    run.press(TAB);
    run.press(UP.repeat(200));
    await run.waitFor('(step 1 selected, e explains)');
    run.press('g');
    await run.waitFor('jumped back to step');
    expect(run.screen().split('\n')[0], 'the first rolled month is one action: the jump lands after it').toContain('Oct 2025 (month 2/13)');
    run.press(TAB);
    run.press(TAB);
    run.press('b');
    await run.waitFor('Branch name: branch-2');
    run.press('\r');
    await run.waitFor('new branch branch-2 at step');
    expect(run.screen().split('\n')[0]).toContain('Oct 2025 (month 2/13)');
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });

  it('should stop autoplay on any key', async () => {
    // Twenty years of months: autoplay (a roll every 150 ms) cannot reach the end before the key, however slow the machine.
    const file = join(mkdtempSync(join(tmpdir(), 'statecraft-long-')), 'long.yaml');
    writeFileSync(file, tiny({ clock: { start: '2025-01', end: '2044-12' } }));
    const run = start(['play', file, '--no-odds']);
    await run.waitFor('TRIGGERS');
    run.press('P');
    await run.waitFor('autoplay: rolled');
    run.press('x');
    await run.waitFor('autoplay stopped at');
    const stopped = run.screen().split('\n')[0];
    // Open and close the help: frames that come only after keys; a running autoplay would have moved the header meanwhile.
    run.press('?');
    await run.waitFor('KEYS');
    run.press('\x1b');
    await run.waitForScreen((shown) => expect(shown).not.toContain('KEYS'));
    expect(run.screen().split('\n')[0]).toBe(stopped);
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });

  it('should branch at the step selected in the timeline, not at the latest one', async () => {
    const run = start(['play', '--no-odds']);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('\r');
    await run.waitFor('step 1 · seed 1');
    run.press('a');
    await run.waitFor('step 4 · seed 1');
    run.press(TAB);
    run.press(UP.repeat(5));
    await run.waitFor('(step 1 selected, e explains)');
    run.press('b');
    await run.waitFor('Branch name: branch-2');
    run.press('\r');
    await run.waitFor('new branch branch-2 at step 1');
    expect(run.screen().split('\n')[0]).toContain('step 1 · seed 1 · branch-2 *');
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });
});

describe('statecraft play --session on a changed scenario', () => {
  it('should refuse without --replay, and with it show what was replayed and what no longer applies, leaving the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-replay-'));
    const yaml = join(dir, 'minimal.yaml');
    const original = readFileSync('test/fixtures/valid/minimal.yaml', 'utf8');
    writeFileSync(yaml, original);
    const file = join(dir, 'm.session.json');
    expect(spawnSync(process.execPath, ['dist/cli/bin.js', 'run', yaml, '--steps', 'shock,advance', '--save', file]).status).toBe(0);
    const saved = readFileSync(file, 'utf8');
    writeFileSync(yaml, original.replace(/ {2}shock:\n(?: {4}.*\n)+/, ''));
    const refused = start(['play', yaml, '--session', file, '--no-odds']);
    expect(await refused.exit).toBe(1);
    // node-pty may report the exit before the last output has reached the terminal: wait for it.
    await refused.waitFor('--replay');
    const run = start(['play', yaml, '--session', file, '--replay', '--no-odds']);
    await run.waitFor('SESSION REPLAYED ON THE CHANGED SCENARIO');
    await run.waitFor('1 step replayed; 1 no longer applies');
    expect(run.screen()).toContain('branch main, action 1 (shock): unknown trigger "shock"');
    run.press('x');
    await run.waitFor('step 1 · seed 1 · main *');
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(saved);
  });
});

describe('statecraft play: the indicators panel at 80×24', () => {
  it('should keep every indicator on one line under its heading when a change is six characters wide', async () => {
    const run = start(['play', '--no-odds']);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    // ⏎ a R, autoplay to the end, five undos and a redo: step 21, where isis_activity rose by 20.44 (drawn +20.4).
    run.press('\r');
    await run.waitFor('fired isis_resurgence');
    run.press('a');
    await run.waitFor('advanced to Oct 2025');
    run.press('R');
    await run.waitFor('rolled Oct 2025');
    run.press('P');
    await run.waitFor('autoplay reached the end');
    for (let i = 0; i < 5; i++) run.press('u');
    run.press('r');
    await run.waitFor('redone: step 21');
    const lines = run
      .screen()
      .split('\n')
      .map((l) => l.trimEnd());
    expect(lines[2]).toMatch(/^ACTORS +INDICATORS$/);
    const ids = [
      'isis_activity',
      'faction_pressu',
      'domestic_press',
      'kurdistan_atta',
      'iran_influence',
      'security_need',
      'regional_escal',
      'weapons_control',
      'bilateral_ties',
      'us_troops',
    ];
    for (const [i, id] of ids.entries())
      expect(lines[3 + i], `${id} on row ${i + 1} of the panel, with its value, change and sparkline`).toMatch(
        new RegExp(`${id}\\S* +[█░]{8} +[\\d.]+ +(?:[+-][\\d.]+|±0) [ ▁-█]{6}$`),
      );
    expect(lines[3]).toContain('71.01 +20.4 ');
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });
});
