import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statecraftIn } from '../helpers.js';

/** Runs in the middle of the work of the command under test (after its output was checked, before it is written). */
let during: (() => void) | null = null;

// The work of `batch` ends in summarizeBatch and that of `run` in runScript: the other writer acts there, deterministically.
vi.mock('../../src/analysis/summarizeBatch.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/analysis/summarizeBatch.js')>();
  return {
    ...m,
    summarizeBatch: (...a: Parameters<typeof m.summarizeBatch>) => {
      during?.();
      return m.summarizeBatch(...a);
    },
  };
});
vi.mock('../../src/engine/runScript.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/engine/runScript.js')>();
  return {
    ...m,
    runScript: (...a: Parameters<typeof m.runScript>) => {
      during?.();
      return m.runScript(...a);
    },
  };
});

afterEach(() => {
  during = null;
});

const M = resolve('test/fixtures/valid/minimal.yaml');
const fresh = () => mkdtempSync(join(tmpdir(), 'statecraft-meanwhile-'));
const BIN = resolve('dist/cli/bin.js');
/** A second, real statecraft process. */
const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const steps = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { branches: { main: { kind: string; trigger?: string }[] } }).branches.main;

describe('batch --out: a file that appears while the batch runs', () => {
  it('should be refused and kept, with the report kept beside it (exit 1)', async () => {
    const dir = fresh();
    during = () => writeFileSync(join(dir, 'late.md'), 'my notes written meanwhile\n');
    const r = await statecraftIn(dir, 'batch', M, '--runs', '200', '--workers', '1', '--format', 'md', '--out', 'late.md');
    expect(r.stderr).toBe(
      'error: refusing to replace late.md: a file appeared there while statecraft was working; the result was written to late.kept-1.md instead\n' +
        'hint: compare late.kept-1.md with late.md and keep the one you want (rename it over late.md to use it)\n',
    );
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'late.md'), 'utf8')).toBe('my notes written meanwhile\n');
    expect(readFileSync(join(dir, 'late.kept-1.md'), 'utf8')).toMatch(/^# Monte Carlo: minimal\n/);
    expect(existsSync(join(dir, 'late.md.lock'))).toBe(false);
  });
});

describe('run --from S --save S by two processes at once', () => {
  it('should refuse the second from the start while the first holds the session (both real processes’ files intact)', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', M, '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    let second: ReturnType<typeof cli> | null = null;
    during = () => {
      second = cli(dir, 'run', M, '--from', 's.json', '--steps', 'shock', '--save', 's.json');
    };
    const first = await statecraftIn(dir, 'run', M, '--from', 's.json', '--steps', 'advance', '--save', 's.json');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const b = second as unknown as ReturnType<typeof cli>;
    expect(b.stderr).toContain('error: s.json is being written by another statecraft process');
    expect(b.status).toBe(1);
    expect(steps(join(dir, 's.json')).map((s) => s.kind)).toEqual(['advance', 'advance']);
  });

  it('should refuse the first one’s save, keeping it beside, when the second took over its lock (a busy first process) and saved', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', M, '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    let second: ReturnType<typeof cli> | null = null;
    during = () => {
      // The first process is busy computing and cannot refresh its lock: it looks stale, as after 10 s.
      const old = new Date(Date.now() - 60_000);
      utimesSync(join(dir, 's.json.lock'), old, old);
      second = cli(dir, 'run', M, '--from', 's.json', '--steps', 'shock', '--save', 's.json');
    };
    const first = await statecraftIn(dir, 'run', M, '--from', 's.json', '--steps', 'advance:2', '--save', 's.json');
    const b = second as unknown as ReturnType<typeof cli>;
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    expect(first.stderr).toBe(
      'error: refusing to replace s.json: it was replaced by another file while statecraft was working; the result was written to s.kept-1.json instead\n' +
        'hint: compare s.kept-1.json with s.json and keep the one you want (rename it over s.json to use it)\n',
    );
    expect(first.code).toBe(1);
    expect(steps(join(dir, 's.json')).map((s) => s.trigger ?? s.kind)).toEqual(['advance', 'shock']);
    expect(steps(join(dir, 's.kept-1.json')).map((s) => s.kind)).toEqual(['advance', 'advance', 'advance']);
  });

  it('should refuse the save when another program edited the session meanwhile', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', M, '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    const edited = readFileSync(join(dir, 's.json'), 'utf8').replace('{', '{ ');
    during = () => writeFileSync(join(dir, 's.json'), edited);
    const r = await statecraftIn(dir, 'run', M, '--from', 's.json', '--steps', 'advance', '--save', 's.json');
    expect(r.stderr).toContain('error: refusing to replace s.json: it was changed while statecraft was working; the result was written to s.kept-1.json');
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 's.json'), 'utf8')).toBe(edited);
  });
});
