import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

// A plain batch says what its interval covers: with ranges declared, that the guessed values are held at their centre.
describe('what a plain batch interval covers', () => {
  it('names the ranged values held at their centre, and the option that shows their spread', async () => {
    const text = await statecraft('batch', 'test/fixtures/uncertain/ranges.yaml', '--runs', '200', '--workers', '1');
    expect(text.code).toBe(0);
    const flat = text.stdout.replace(/\s+/g, ' ');
    const scope = text.stdout.split('\n').filter((l) => /randomness|central values|spread those/.test(l));
    expect(scope.length).toBeGreaterThan(1);
    // Off a terminal, reports are 100 columns wide; the sentence is wrapped to that width.
    expect(scope.every((l) => l.length <= 100)).toBe(true);
    expect(flat).toMatch(
      /covers the randomness of the runs only, at the central values of the scenario's \d+ ranged values?; for the spread those guesses add, run the same batch with --uncertainty/,
    );
    const md = await statecraft('batch', 'test/fixtures/uncertain/ranges.yaml', '--runs', '200', '--workers', '1', '--format', 'md');
    expect(md.stdout).toMatch(
      /at the central values of the scenario's \d+ ranged values?; for the spread those guesses add, run the same batch with --uncertainty/,
    );
  });

  it('says the interval is the runs alone when the scenario declares no ranges', async () => {
    const { code, stdout } = await statecraft('batch', 'test/fixtures/valid/minimal.yaml', '--runs', '200', '--workers', '1');
    expect(code).toBe(0);
    expect(stdout).toContain('The 95% interval covers the randomness of the runs only (the scenario declares no ranges).');
  });
});
