// Reading a seat's screen in the pty tests: the selected option of a form, with its wrapped lines joined.
import { expect, vi } from 'vitest';
import { PATIENCE } from '../helpers.js';
import { type Run, start } from './pty.js';

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

/** Terminals opened by a test file, all killed after each test. */
export function ptyPool(): { open: (args: string[], cwd: string) => Run; killAll: () => void } {
  const runs: Run[] = [];
  return {
    open: (args, cwd) => {
      const r = start(args, {}, 80, 24, cwd);
      runs.push(r);
      return r;
    },
    killAll: () => {
      for (const r of runs.splice(0)) r.proc.kill();
    },
  };
}

/** Presses `a` on the facilitator's screen, waiting for each new frame, until `date` shows. */
export async function advanceTo(host: Run, date: string): Promise<void> {
  while (!host.screen().includes(date)) {
    const before = host.screen();
    host.press('a');
    await vi.waitFor(() => expect(host.screen()).not.toBe(before), PATIENCE);
  }
}

/** From a seat's main screen, proposes "pass" for the decision that is due, and waits until it is sent. */
export async function proposePass(team: Run): Promise<void> {
  team.press('d');
  await team.waitFor('DECISION');
  await selectOption(team, '→ pass');
  team.press('\r');
  await team.waitFor('Send this to the facilitator?');
  team.press('y');
  await team.waitFor('waiting for the facilitator');
}
