// first-frame measurement: wall and child CPU time at the first frame
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import { readFileSync } from 'node:fs';
const args = process.argv.slice(2);
const n = Number(process.env.N ?? 5);
const walls = [], cpus = [];
for (let i = 0; i < n; i++) {
  const term = new xterm.Terminal({ cols: 80, rows: 24, allowProposedApi: true });
  const t0 = performance.now();
  const proc = pty.spawn(process.execPath, args, { cols: 80, rows: 24, cwd: process.cwd(), env: { ...process.env, TERM: 'xterm-256color', STATECRAFT_RECOVERY_DIR: '/tmp/h14s/rec' } });
  let done = false;
  await new Promise((res) => {
    proc.onData((d) => {
      term.write(d, () => {
        if (done) return;
        const b = term.buffer.active;
        let s = '';
        for (let j = 0; j < 24; j++) s += b.getLine(b.viewportY + j)?.translateToString(true) ?? '';
        if (s.includes('TRIGGERS')) {
          done = true;
          walls.push(performance.now() - t0);
          const st = readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
          cpus.push((Number(st[11]) + Number(st[12])) * 10);
          res();
        }
      });
    });
  });
  proc.write('\x03'); proc.write('y');
  await new Promise((r) => { proc.onExit(r); setTimeout(() => { try { proc.kill('SIGKILL'); } catch {} r(); }, 3000); });
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`wall median ${med(walls).toFixed(0)} ms [${walls.map((x) => x.toFixed(0)).join(' ')}]  cpu median ${med(cpus)} ms [${cpus.join(' ')}]`);
