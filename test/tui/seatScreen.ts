// Reading a seat's screen in the pty tests: the selected option of a form, with its wrapped lines joined.
import { expect } from 'vitest';
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
  // Whole frames only: a frame drawn in two pieces shows no selection in between, and one more `j` would pass the option.
  for (let n = 0, shown = await team.settled(); !selectedOption(shown).includes(text); n++, shown = await team.settled()) {
    expect(n, `"${text}" among the options`).toBeLessThan(max);
    const before = selectedOption(shown);
    team.press('j');
    await team.waitForScreen((now) => expect(selectedOption(now)).not.toBe(before));
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

/** The facilitator's line that shows the month (the first with a month and year on it). */
export const monthLine = (screen: string) => screen.split('\n').find((l) => /\b[A-Z][a-z]{2} \d{4}\b/.test(l)) ?? '';

/** Presses `a` on the facilitator's screen, one month at a time (each press waits for the header to move on), until `date` shows. */
export async function advanceTo(host: Run, date: string): Promise<void> {
  for (let shown = await host.settled(); !shown.includes(date); shown = await host.settled()) {
    const before = monthLine(shown);
    host.press('a');
    await host.waitForScreen((now) => expect(monthLine(now)).not.toBe(before));
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
