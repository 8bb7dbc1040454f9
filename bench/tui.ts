// Speed of the terminal UI, measured on the real program in a pseudo-terminal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createStepper } from '../src/engine/createStepper.js';
import { fire, startSession } from '../src/engine/session.js';
import { writeSessionFile } from '../src/report/sessionStore.js';
import { loadScenario } from '../src/scenario/loadScenario.js';
import { median, row } from './report.js';

/** Recovery files of the bench's sessions go to a temporary folder, not the user's. */
const RECOVERY = mkdtempSync(join(tmpdir(), 'statecraft-bench-recovery-'));

type Term = { screen: () => string; lastData: () => number; proc: pty.IPty; started: number };

function open(file: string, args: string[]): Term {
  const term = new xterm.Terminal({ cols: 80, rows: 24, allowProposedApi: true });
  const { FORCE_COLOR: _, ...env } = process.env;
  const started = performance.now();
  const proc = pty.spawn(file, args, {
    cols: 80,
    rows: 24,
    cwd: process.cwd(),
    env: { ...env, TERM: 'xterm-256color', STATECRAFT_RECOVERY_DIR: RECOVERY } as Record<string, string>,
  });
  let last = 0;
  proc.onData((d) => {
    term.write(d);
    last = performance.now();
  });
  const screen = () => {
    const b = term.buffer.active;
    return Array.from({ length: 24 }, (_, i) => b.getLine(b.viewportY + i)?.translateToString(true) ?? '').join('\n');
  };
  return { screen, lastData: () => last, proc, started };
}

const until = async (f: () => boolean, timeoutMs = 10_000) => {
  const t = performance.now();
  while (!f()) {
    if (performance.now() - t > timeoutMs) throw new Error('timed out waiting for the screen');
    await new Promise((r) => setTimeout(r, 1));
  }
};

/** Median time from a key press to the first output the program writes in answer (its next frame). */
async function keyLatency(t: Term, keys: readonly string[], presses: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < presses; i++) {
    await new Promise((r) => setTimeout(r, 20));
    const sent = performance.now();
    t.proc.write(keys[i % keys.length] as string);
    await until(() => t.lastData() >= sent, 5000);
    times.push(t.lastData() - sent);
  }
  return median(times);
}

/** Prints the TUI figures. */
export async function benchTui(): Promise<void> {
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = open('npm', ['start', '--silent']);
    await until(() => t.screen().includes('TRIGGERS'));
    starts.push(performance.now() - t.started);
    t.proc.write('q');
    await new Promise((r) => t.proc.onExit(r));
  }
  row('first frame after npm start', `${median(starts).toFixed(0)} ms`, '≤ 500 ms', median(starts) / 500);

  const t = open(process.execPath, ['dist/cli/bin.js', 'play']);
  await until(() => t.screen().includes('TRIGGERS'));
  const select = await keyLatency(t, ['j', 'k'], 60);
  row('key press to updated frame (select), median', `${select.toFixed(1)} ms`, '≤ 10 ms', select / 10);
  const stepping = await keyLatency(t, ['\r', 'u'], 40);
  row('key press to updated frame (fire/undo), median', `${stepping.toFixed(1)} ms`, '≤ 10 ms', stepping / 10);
  t.proc.write('\x03');
  t.proc.write('y');

  const stepper = createStepper(compileScenario(loadScenario('iraq-coalition')));
  let s = startSession(stepper, 1);
  for (let i = 0; i < 1000; i++) s = fire(s, i % 2 === 0 ? 'isis_resurgence' : 'syria_instability');
  const file = join(mkdtempSync(join(tmpdir(), 'statecraft-bench-')), 'long.session.json');
  writeSessionFile(file, s);
  const long = open(process.execPath, ['dist/cli/bin.js', 'play', '--session', file]);
  await until(() => long.screen().includes('step 1000'));
  const loadMs = performance.now() - long.started;
  const withHistory = await keyLatency(long, ['j', 'k', 'e', 'x'], 60);
  const stepHistory = await keyLatency(long, ['u', 'r'], 40);
  row('1,000 steps: open the session', `${loadMs.toFixed(0)} ms`, '≤ 500 ms', loadMs / 500);
  row('1,000 steps: key to frame (select), median', `${withHistory.toFixed(1)} ms`, '≤ 10 ms', withHistory / 10);
  row('1,000 steps: key to frame (undo/redo), median', `${stepHistory.toFixed(1)} ms`, '≤ 10 ms', stepHistory / 10);
  long.proc.write('\x03');
  long.proc.write('y');
}
