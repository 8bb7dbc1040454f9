// The replay line is safe to paste: every word reaches statecraft as itself, whatever it holds (F5b).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { replayCommand, shellQuote } from '../../src/report/replayCommand.js';

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
    const provenance = { seed: 3, sets: ['params.p=0.2', 'triggers.t.chance=1 / 0'], from: { file: 'my session.json', fingerprint: '0123456789abcdef' } };
    expect(replayCommand({ scenario: 'my scenario.yaml', provenance }, { run: 17, steps: 'force_it,roll:4' })).toBe(
      "statecraft run 'my scenario.yaml' --from 'my session.json' --set params.p=0.2 --set 'triggers.t.chance=1 / 0' --seed 3 --batch-run 17 --steps force_it,roll:4",
    );
    expect(replayCommand({ scenario: undefined, provenance: { seed: 1, sets: [], from: null } }, { run: 0, steps: 'roll:1' })).toBe(
      'statecraft run --seed 1 --batch-run 0 --steps roll:1',
    );
  });
});
