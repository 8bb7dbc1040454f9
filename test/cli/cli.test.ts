import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraft, statecraftIn } from '../helpers.js';

describe('statecraft CLI', () => {
  it('should print a readable timeline with explanations and the final state', async () => {
    const r = await statecraft('run', 'base-closure', '--steps', 'attack,attack,go_public,sign_agreement');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  #1  2025-01  attack  [fired]  Attack on the base\n        threat +25: 30 → 55\n        pressure -10: 60 → 50\n');
    expect(r.stdout).toContain(
      '        transition host[0] guard passed: indicators.threat >= 50 (indicators.threat = 55)\n        host: undecided → quietly\n',
    );
    expect(r.stdout).toContain('  outcome   agreement: The base stays under an agreement\n');
  });

  it('should print the JSON contract, byte-identical for the same seed', async () => {
    const a = await statecraft('run', 'base-closure', '--seed', '5', '--format', 'json');
    const b = await statecraft('run', 'base-closure', '--seed', '5', '--format', 'json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const json = JSON.parse(a.stdout);
    expect(Object.keys(json)).toEqual(['scenario', 'seed', 'steps', 'final', 'expectations']);
    expect(json).toMatchObject({ scenario: 'base-closure', seed: 5 });
    expect(Object.keys(json.steps[0])).toEqual(['index', 'date', 'trigger', 'cause', 'transitions', 'indicators', 'explanation', 'outcome', 'violations']);
    expect(Object.keys(json.final)).toEqual(['date', 'ended', 'actors', 'indicators', 'outcome', 'status']);
    expect(json.final.ended).toBe(true);
  });

  it('should print Markdown', async () => {
    const r = await statecraft('run', 'base-closure', '--steps', 'attack', '--format', 'md');
    expect(r.stdout).toContain('| 1 | 2025-01 | `attack` (fired) | threat \\+25: 30 → 55; pressure -10: 60 → 50; ');
  });

  it('should pass every scenario script in test/scenarios', async () => {
    for (const file of readdirSync('test/scenarios').filter((f) => f.endsWith('.yaml'))) {
      const r = await statecraft('run', '--script', join('test/scenarios', file));
      expect(r.stderr, file).toBe('');
      expect(r.code, `${file}\n${r.stdout}`).toBe(0);
    }
  });

  it('should exit 1 with an expected/actual diff when an expectation fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const script = join(dir, 'fail.yaml');
    writeFileSync(script, 'scenario: base-closure\nsteps:\n  - attack\nexpect:\n  outcome: closed\n  indicators: { threat: [0, 40] }\n');
    const r = await statecraft('run', '--script', script);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `Expectations: 0 passed, 1 failed\n  FAILED ${script}:5:3 (after step 1)\n    outcome: expected closed, got open\n    indicators.threat: expected 0..40, got 55\n`,
    );
  });

  it('should exit 1 naming the nearest ids for an unknown trigger or scenario', async () => {
    const t = await statecraft('run', 'base-closure', '--steps', 'advance,atack');
    expect(t).toMatchObject({ code: 1, stdout: '' });
    expect(t.stderr).toBe('error: --steps item 2: unknown trigger "atack"\nhint: did you mean "attack"?\n');
    const s = await statecraft('run', 'base-closur');
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('error: unknown scenario "base-closur"\nhint: did you mean "base-closure"?');
    // A bare name that is no shipped scenario but is there on disk is read as a path: a folder is refused as one.
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-bare-'));
    mkdirSync(join(dir, 'adir'));
    writeFileSync(join(dir, 'myscenario'), readFileSync('scenarios/base-closure.yaml'));
    expect(await statecraftIn(dir, 'run', 'adir')).toMatchObject({
      code: 1,
      stderr: 'error: adir is a folder, not a scenario file\nhint: give the path of a scenario file\n',
    });
    expect((await statecraftIn(dir, 'run', 'myscenario', '--steps', 'advance')).code).toBe(0);
  });

  it('should exit 2 on usage errors with the message, its hint and where the help is, short enough to stay on the screen', async () => {
    const r = await statecraft('run', '--seed', 'abc');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: --seed must be a whole number from 0 to 2147483647, not "abc"\nhint: e.g. --seed 1\n(run statecraft run --help for usage)\n');
    const bogus = await statecraft('run', '--bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toBe("error: unknown option '--bogus'\n(run statecraft run --help for usage)\n");
    const ar = await statecraft('run', '--steps', 'advance:0', '--lang', 'ar');
    expect(ar.code).toBe(2);
    expect(ar.stderr.split('\n').at(-2)).toBe('(لطريقة الاستخدام: statecraft run --help)');
    expect((await statecraft('frobnicate')).code).toBe(2);
  });

  it('should check a scenario: ok with a summary, or positioned errors and exit 1', async () => {
    const ok = await statecraft('check', 'base-closure');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /^ok: scenarios\/base-closure\.yaml: Base closure: a small example scenario — 2 actors \(8 states\), 3 indicators, 5 triggers, 2 outcomes, 2 invariants, 6 months \(2025-01 to 2025-06\)\n459 states explored month by month, every reachable one, with exact values \(exhaustive\); over-approximation: fixpoint in 7 rounds\nreachability: all \d+ questions settled: \d+ found with witnesses, \d+ proven impossible\ninvariants: all 2 proven to hold \(exhaustive exact search\)\n$/,
    );
    const bad = await statecraft('check', 'test/fixtures/invalid/unknown-to-state.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'test/fixtures/invalid/unknown-to-state.yaml:49:13 error[unknown-reference]: actor "gov" has no state "lound"\n  at triggers.speak.transitions[0].to\n  hint: did you mean "loud"?\n\n1 error in test/fixtures/invalid/unknown-to-state.yaml\n',
    );
  });

  it('should list shipped scenarios and print the JSON Schema', async () => {
    expect((await statecraft('list')).stdout).toBe(
      [
        'base-closure    Base closure: a small example scenario',
        'iraq-coalition  The end of the coalition mission in Iraq, Sept 2025 to Sept 2026',
        '',
        'exercises (statecraft exercise NAME):',
        'harir-countdown  Harir countdown: the last year of the coalition mission (2–3 hours, four teams and a facilitator)',
        'harir-in-45      Harir in 45 minutes: exit or redefinition? (45 minutes, two teams)',
        '',
      ].join('\n'),
    );
    const schema = JSON.parse((await statecraft('schema')).stdout);
    expect(schema.title).toBe('statecraft scenario');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'clock', 'indicators', 'actors', 'triggers', 'outcomes', 'invariants']));
  });

  it('should save a session and continue from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const file = join(dir, 'a.session.json');
    expect((await statecraft('run', 'base-closure', '--steps', 'attack,advance', '--save', file)).code).toBe(0);
    const r = await statecraft('run', 'base-closure', '--from', file, '--steps', 'advance', '--format', 'json');
    expect(JSON.parse(r.stdout).steps.map((s: { trigger: string }) => s.trigger)).toEqual(['attack', 'advance', 'advance']);
    // Saved again by an editor that writes a byte-order mark first (Notepad): still the same session.
    writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
    const bom = await statecraft('run', 'base-closure', '--from', file, '--steps', 'advance', '--format', 'json');
    expect(bom.stderr).toBe('');
    expect(JSON.parse(bom.stdout).steps).toHaveLength(3);
    writeFileSync(file, '{ broken');
    const broken = await statecraft('run', 'base-closure', '--from', file);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('not a statecraft session file (invalid JSON');
  });
});
