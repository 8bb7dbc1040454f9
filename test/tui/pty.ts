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

export type Run = {
  screen: () => string;
  raw: () => string;
  press: (keys: string) => void;
  waitFor: (text: string) => Promise<void>;
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
  proc.onData((d) => {
    raw += d;
    term.write(d);
  });
  const exit = new Promise<number>((resolve) => proc.onExit(({ exitCode }) => resolve(exitCode)));
  const screen = () => {
    const b = term.buffer.active;
    return Array.from({ length: term.rows }, (_, i) => b.getLine(b.viewportY + i)?.translateToString(true) ?? '').join('\n');
  };
  return {
    screen,
    raw: () => raw,
    press: (keys) => proc.write(keys),
    waitFor: (text) => vi.waitFor(() => expect(screen()).toContain(text), PATIENCE),
    exit,
    term,
    proc,
  };
};
