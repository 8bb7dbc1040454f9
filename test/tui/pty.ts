// Runs the built program in a pseudo-terminal and reads the screen as a person would see it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import { expect, vi } from 'vitest';
import { PATIENCE } from '../helpers.js';

/** An SGR sequence that sets a foreground colour. */
export const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[(3[0-7]|9[0-7]|38;)`);

/** Ink wraps each frame in these (DEC mode 2026) on a terminal. */
const BEGIN_FRAME = `${String.fromCharCode(27)}[?2026h`;
const END_FRAME = `${String.fromCharCode(27)}[?2026l`;

export type Run = {
  screen: () => string;
  raw: () => string;
  press: (keys: string) => void;
  /** Waits until a whole frame shows `text`. */
  waitFor: (text: string) => Promise<void>;
  /** Waits until `check` passes on a whole frame. */
  waitForScreen: (check: (shown: string) => void) => Promise<void>;
  /** The screen once the frame being drawn is whole. */
  settled: () => Promise<string>;
  exit: Promise<number>;
  term: xterm.Terminal;
  proc: pty.IPty;
};

/** Starts `statecraft ARGS` in a terminal of `cols`×`rows`, in `cwd`. */
export const start = (args: string[] = [], env: Record<string, string> = {}, cols = 80, rows = 24, cwd = process.cwd()): Run => {
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  const { FORCE_COLOR: _, NO_COLOR: __, ...inherited } = process.env;
  const proc = pty.spawn(process.execPath, [`${process.cwd()}/dist/cli/bin.js`, ...args], {
    cols,
    rows,
    cwd,
    env: { ...inherited, TERM: 'xterm-256color', STATECRAFT_RECOVERY_DIR: mkdtempSync(join(tmpdir(), 'statecraft-recovery-')), ...env } as Record<
      string,
      string
    >,
  });
  let raw = '';
  let parsing = 0;
  proc.onData((d) => {
    raw += d;
    parsing++;
    term.write(d, () => parsing--);
  });
  // A frame arrives in pieces (a pty read holds about 4 KB; the terminal parses later): a whole one is parsed and between Ink's
  // begin- and end-synchronized-update marks.
  const wholeFrame = () => parsing === 0 && raw.lastIndexOf(BEGIN_FRAME) <= raw.lastIndexOf(END_FRAME);
  const exit = new Promise<number>((resolve) => proc.onExit(({ exitCode }) => resolve(exitCode)));
  const screen = () => {
    const b = term.buffer.active;
    return Array.from({ length: term.rows }, (_, i) => b.getLine(b.viewportY + i)?.translateToString(true) ?? '').join('\n');
  };
  const waitForScreen = (check: (shown: string) => void) =>
    vi.waitFor(() => {
      check(screen());
      expect(wholeFrame(), 'the frame is drawn whole').toBe(true);
    }, PATIENCE);
  return {
    screen,
    raw: () => raw,
    press: (keys) => proc.write(keys),
    waitFor: (text) => waitForScreen((shown) => expect(shown).toContain(text)),
    waitForScreen,
    settled: async () => {
      await waitForScreen(() => undefined);
      return screen();
    },
    exit,
    term,
    proc,
  };
};
