// Speed of the terminal UI, measured on the real program in a pseudo-terminal.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createStepper } from '../src/engine/createStepper.js';
import { writeSessionFile } from '../src/report/sessionStore.js';
import { loadScenario } from '../src/scenario/loadScenario.js';
import { longSession } from './longSession.js';
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

/** Quits the program (answering the unsaved-work question) and waits for it to end; kills it after 5 s. */
async function close(t: Term): Promise<void> {
  const exited = new Promise((r) => t.proc.onExit(r));
  t.proc.write('\x03');
  await new Promise((r) => setTimeout(r, 100));
  t.proc.write('y');
  const timer = setTimeout(() => t.proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** CPU time (user + system) the process `pid` (with `thread`: only its main thread) has used so far, in ms (Linux); NaN elsewhere. */
function cpuMs(pid: number, thread = false): number {
  try {
    const fields = (readFileSync(thread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * Median time from a key press to the first output the program writes in answer (its next frame), and the CPU time
 * of the program's main thread per key (all it did between the first key and the last frame, over the presses).
 */
async function keyLatency(t: Term, keys: readonly string[], presses: number): Promise<{ median: number; cpu: number }> {
  const times: number[] = [];
  const cpu0 = cpuMs(t.proc.pid, true);
  let unanswered = 0;
  for (let i = 0; i < presses; i++) {
    await new Promise((r) => setTimeout(r, 20));
    const sent = performance.now();
    t.proc.write(keys[i % keys.length] as string);
    const answered = await until(() => t.lastData() >= sent, 5000).then(
      () => true,
      () => false,
    );
    // On a heavily loaded machine a key can rarely come in before the previous one is drawn; both are then drawn as
    // one frame, and the screen can end up unchanged (j then k), so nothing is written. Counted, not fatal.
    if (answered) times.push(t.lastData() - sent);
    else unanswered++;
  }
  if (unanswered > 0) console.log(`  (${unanswered} of ${presses} keys gave no new frame within 5 s)`);
  return { median: median(times), cpu: (cpuMs(t.proc.pid, true) - cpu0) / presses };
}

/** One key-to-frame figure against its 10 ms target, with the main thread's CPU per key. */
function keyRow(name: string, k: { median: number; cpu: number }): void {
  row(name, `${k.median.toFixed(1)} ms`, '≤ 10 ms', k.median / 10);
  console.log(`  (main thread: ${k.cpu.toFixed(1)} ms CPU per key, mean)`);
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

  // The same without npm, with the CPU time the program used until its first frame (steadier on a loaded machine).
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 3; i++) {
    const p = open(process.execPath, ['dist/cli/bin.js', 'play']);
    await until(() => p.screen().includes('TRIGGERS'));
    walls.push(performance.now() - p.started);
    cpus.push(cpuMs(p.proc.pid));
    p.proc.write('q');
    await new Promise((r) => p.proc.onExit(r));
  }
  console.log(`  first frame of node dist/cli/bin.js play: ${median(walls).toFixed(0)} ms wall, ${median(cpus).toFixed(0)} ms CPU (median of 3)`);

  const t = open(process.execPath, ['dist/cli/bin.js', 'play']);
  await until(() => t.screen().includes('TRIGGERS'));
  const select = await keyLatency(t, ['j', 'k'], 60);
  keyRow('key press to updated frame (select), median', select);
  const stepping = await keyLatency(t, ['\r', 'u'], 40);
  keyRow('key press to updated frame (fire/undo), median', stepping);
  await close(t);

  const s = longSession(createStepper(compileScenario(loadScenario('iraq-coalition'))), 1000);
  const file = join(mkdtempSync(join(tmpdir(), 'statecraft-bench-')), 'long.session.json');
  writeSessionFile(file, s);
  const long = open(process.execPath, ['dist/cli/bin.js', 'play', '--session', file]);
  await until(() => long.screen().includes('step 1000'));
  const loadMs = performance.now() - long.started;
  const loadCpu = cpuMs(long.proc.pid);
  const withHistory = await keyLatency(long, ['j', 'k', 'e', 'x'], 60);
  const stepHistory = await keyLatency(long, ['u', 'r'], 40);
  row('1,000 steps: open the session', `${loadMs.toFixed(0)} ms`, '≤ 500 ms', loadMs / 500);
  console.log(`  (${loadCpu.toFixed(0)} ms CPU until that frame)`);
  keyRow('1,000 steps: key to frame (select), median', withHistory);
  keyRow('1,000 steps: key to frame (undo/redo), median', stepHistory);
  await close(long);
}
