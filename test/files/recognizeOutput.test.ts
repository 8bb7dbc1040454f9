// Only what statecraft wrote, where it wrote it, marks a file as its output: a user's notes that quote a report stay theirs (N4).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeOutput } from '../../src/files/recognizeOutput.js';
import { statecraftIn, tiny } from '../helpers.js';

const PROVENANCE = '  scenario minimal (fingerprint f82f162eade9d463), seed 1, 100 runs, statecraft 0.1.0';
const fresh = () => mkdtempSync(join(tmpdir(), 'statecraft-recognize-'));

describe('recognizeOutput', () => {
  it.each([
    ['notes quoting a provenance line', `# My research notes\n\nPasted the run I discussed with Sam:\n${PROVENANCE}\n\nMore thoughts.\n`],
    ['notes quoting a whole table header', `My notes\n\nMinimal scenario (minimal)\n${PROVENANCE}\n  no what-ifs\n100 runs from 2025-09, seed 1\n`],
    ['notes quoting a Markdown provenance line', `# Notes\n\n- scenario minimal \\(fingerprint f82f162eade9d463\\), seed 1, 100 runs, statecraft 0.1.0\n`],
    ['notes titled like a report', '# Monte Carlo: what I think of it\n\nSome prose.\n'],
    ['notes titled like a debrief', "# Debrief: Tuesday's meeting\n\nWho said what.\n"],
    ['a CSV quoting a provenance row', 'name,value\nprovenance,statecraft,version,0.1.0\n'],
    ['a page titled like a debrief', '<!DOCTYPE html>\n<html><head><title>Debrief: my page</title></head></html>\n'],
    ['JSON that only names statecraft', '{ "provenance": { "statecraft": "0.1.0" }, "mine": true }\n'],
  ])('should not take %s for an output of statecraft', (_, text) => {
    expect(recognizeOutput('mynotes.md', text).kind).toBeNull();
  });

  it('should still know a report whose scenario title spans lines', () => {
    const text = `Line one\nline two (minimal)\n${PROVENANCE}\n  no what-ifs: the scenario as written\n100 runs from 2025-09, seed 1\n\nOUTCOME\n`;
    expect(recognizeOutput('r.txt', text).kind).toBe('report');
  });
});

describe('batch --out over a user’s notes', { timeout: 120_000 }, () => {
  it('should refuse notes that quote a report’s provenance line, and keep them (N4)', async () => {
    const dir = fresh();
    const notes = `# My research notes\n\nPasted the run I discussed with Sam:\n${PROVENANCE}\n\nMore thoughts.\n`;
    writeFileSync(join(dir, 'mynotes.md'), notes);
    const r = await statecraftIn(dir, 'batch', 'base-closure', '--runs', '100', '--workers', '1', '--out', 'mynotes.md');
    expect(r.stderr).toContain('refusing to overwrite mynotes.md: it seems to be a Markdown file not written by statecraft, not a statecraft batch report');
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'mynotes.md'), 'utf8')).toBe(notes);
  });

  it('should let the same command replace its own report for a scenario whose id has "_" and whose title spans lines', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'my.yaml'), tiny({ id: 'my_war', title: 'First line\nsecond line' }));
    for (const format of ['table', 'md', 'csv', 'json']) {
      const args = ['batch', 'my.yaml', '--runs', '50', '--workers', '1', '--format', format, '--out', `r.${format}`];
      expect((await statecraftIn(dir, ...args)).code).toBe(0);
      const again = await statecraftIn(dir, ...args);
      expect(again.stderr, format).toBe('');
      expect(again.code).toBe(0);
    }
  });
});
