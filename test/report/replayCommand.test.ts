// The replay line is safe to paste: every word reaches statecraft as itself, whatever it holds (F5b).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/core/shellQuote.js';
import { forcedScheduled, replayCommand } from '../../src/report/replayCommand.js';

/** The triggers of a scenario: one scheduled, one exogenous. */
const triggers = [
  { id: 'deadline', kind: 'scheduled' as const },
  { id: 'force_it', kind: 'exogenous' as const },
];

/** What `sh` passes on for the quoted word. */
const throughShell = (quoted: string) => execFileSync('sh', ['-c', `printf '%s' ${quoted}`], { encoding: 'utf8' });

describe('shellQuote', () => {
  it.each([
    'advance"; rm -rf ~; echo "',
    "it's $(touch /tmp/x) `id` \\ *",
    'roll:2,push',
    '',
    "'",
    'triggers.probe.chance=7 / (int(indicators.risk) - 60) > 100 ? 0.5 : 0.05',
  ])('should pass %j through a POSIX shell unchanged', (word) => {
    expect(throughShell(shellQuote(word))).toBe(word);
  });

  it('should leave plain words bare and put the rest in single quotes', () => {
    expect(shellQuote('scenarios/iraq-coalition.yaml')).toBe('scenarios/iraq-coalition.yaml');
    expect(shellQuote("a b'c")).toBe("'a b'\\''c'");
  });
});

describe('replayCommand', () => {
  it('should name the scenario as given, the session, every --set, the seed, the run and the steps', () => {
    const provenance = {
      seed: 3,
      sets: ['params.p=0.2', 'triggers.t.chance=1 / 0'],
      forces: ['force_it@2025-02'],
      from: { file: 'my session.json', fingerprint: '0123456789abcdef' },
    };
    expect(replayCommand({ scenario: 'my scenario.yaml', provenance, triggers }, { run: 17, steps: 'force_it,roll:4' })).toBe(
      "statecraft run 'my scenario.yaml' --from 'my session.json' --set params.p=0.2 --set 'triggers.t.chance=1 / 0' --seed 3 --batch-run 17 --steps force_it,roll:4",
    );
    expect(replayCommand({ scenario: undefined, provenance: { seed: 1, sets: [], forces: [], from: null }, triggers }, { run: 0, steps: 'roll:1' })).toBe(
      'statecraft run --seed 1 --batch-run 0 --steps roll:1',
    );
  });

  it('should replay a run that fired a scheduled trigger by --force with the batch up to that run (run would play it at its own month)', () => {
    const provenance = { seed: 5, sets: ['params.p=0.2'], forces: ['deadline@2025-10', 'force_it@2025-11'], from: null };
    const source = { scenario: 'fz.yaml', provenance, triggers };
    expect(replayCommand(source, { run: 8, steps: 'roll:1,deadline,roll:1,force_it' })).toBe(
      'statecraft batch fz.yaml --set params.p=0.2 --force deadline@2025-10 --force force_it@2025-11 --seed 5 --runs 9',
    );
    expect(forcedScheduled(source, { steps: 'roll:1,deadline,roll:1' })).toBe('deadline');
    // The same batch, in a run where the forced deadline was skipped: run replays it.
    expect(forcedScheduled(source, { steps: 'roll:2,force_it' })).toBeUndefined();
    expect(replayCommand(source, { run: 8, steps: 'roll:2,force_it' })).toBe(
      'statecraft run fz.yaml --set params.p=0.2 --seed 5 --batch-run 8 --steps roll:2,force_it',
    );
  });

  it('should keep a scenario or session file whose name starts with "-" from being read as an option (N6)', () => {
    const provenance = { seed: 1, sets: [], forces: [], from: { file: '-s.json', fingerprint: '0123456789abcdef' } };
    expect(replayCommand({ scenario: '-x.yaml', provenance, triggers }, { run: 0, steps: 'roll:1' })).toBe(
      'statecraft run ./-x.yaml --from ./-s.json --seed 1 --batch-run 0 --steps roll:1',
    );
  });
});
