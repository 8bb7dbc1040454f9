import * as pty from 'node-pty';
const extra = process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/h14s/prof', '--cpu-prof-interval', '250'] : [];
const t0 = performance.now();
const proc = pty.spawn(process.execPath, [...extra, ...process.argv.slice(2)], { cols: 80, rows: 24, cwd: process.cwd(), env: { ...process.env, TERM: 'xterm-256color', STATECRAFT_RECOVERY_DIR: '/tmp/h14s/rec' } });
let out = '';
let q = false;
proc.onData((d) => { out += d; if (out.includes('TRIGGERS') && !q) { q = true; console.log('frame', (performance.now()-t0).toFixed(0)); setTimeout(() => { proc.write('\x03'); }, 1500); } });
proc.onExit((e) => { console.log('exit', e, (performance.now()-t0).toFixed(0)); process.exit(0); });
setTimeout(() => { console.log('TIMEOUT', out.slice(-500)); proc.kill('SIGKILL'); }, 15000);
