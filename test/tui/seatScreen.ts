// Reading a seat's screen in the pty tests: the selected option of a form, with its wrapped lines joined.
import { expect, vi } from 'vitest';
import { PATIENCE } from '../helpers.js';
import type { Run } from './pty.js';

/** The selected option (the line that starts with "> ", plus its indented continuation lines). */
export function selectedOption(screen: string): string {
  const lines = screen.split('\n');
  const i = lines.findIndex((l) => l.startsWith('> '));
  if (i < 0) return '';
  let text = lines[i] as string;
  for (let j = i + 1; j < lines.length && (lines[j] as string).startsWith('    '); j++) text += ` ${(lines[j] as string).trim()}`;
  return text;
}

/** Moves the selection down until the option that contains `text` is selected (at most `max` presses). */
export async function selectOption(team: Run, text: string, max = 6): Promise<void> {
  for (let n = 0; !selectedOption(team.screen()).includes(text); n++) {
    expect(n, `"${text}" among the options`).toBeLessThan(max);
    const before = team.screen();
    team.press('j');
    await vi.waitFor(() => expect(team.screen()).not.toBe(before), PATIENCE);
  }
}
