// The branch comparison in Arabic is one right-to-left table: every row's columns mirror alike, labels or ids and numbers.
import { describe, expect, it } from 'vitest';
import { advance, branch, fire, startSession, switchBranch } from '../../src/engine/session.js';
import { fitVisual } from '../../src/tui/bidi.js';
import { compareLines } from '../../src/tui/overlayLines.js';
import { initialUiState } from '../../src/tui/uiState.js';
import { shippedStepper } from '../helpers.js';

const iraq = shippedStepper('iraq-coalition');

/** The comparison of `main` (at the start) with a branch where ISIS came back (52.5 a month later), as drawn in visual order at 80 columns. */
function drawn(lang: string, visual = true): string[] {
  let s = startSession(iraq, 1);
  s = branch(s, 'other', 0);
  s = advance(fire(s, 'isis_resurgence'));
  s = switchBranch(s, 'main');
  const lines = compareLines(initialUiState(s, lang, null, null), 'other', 80);
  return visual ? lines.map((l) => fitVisual(l, 80)) : lines;
}

describe('the branch comparison in Arabic', () => {
  it('should lay every row right to left: the name at the right, then this branch, then the other, as in the header', () => {
    const lines = drawn('ar');
    const header = lines[0] as string;
    const row = lines.find((l) => l.includes('isis_activity')) as string;
    // The header names the other branch at the far left, as the row shows its value (52.5) there.
    expect(header.indexOf('other')).toBeLessThan(header.indexOf('main'));
    expect(row.indexOf('52.5')).toBeLessThan(row.indexOf('30'));
    expect(row.indexOf('30')).toBeLessThan(row.indexOf('isis_activity'));
    // Right-aligned columns: the name ends where the header's first column ends, in every row with an id.
    const nameEnd = (l: string, id: string) => l.indexOf(id) + id.length;
    expect(nameEnd(row, 'isis_activity')).toBe(nameEnd(lines.find((l) => l.includes('us_troops')) as string, 'us_troops'));
    expect(nameEnd(row, 'isis_activity')).toBe(nameEnd(lines.find((l) => l.includes(' iran')) as string, 'iran'));
  });

  it('should keep the left-to-right table in English', () => {
    const row = drawn('en', false).find((l) => l.includes('isis_activity')) as string;
    expect(row).toMatch(/^≠ isis_activity +30 +52\.5/);
  });
});
