import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PATIENCE, statecraftIn } from '../helpers.js';
import { start } from '../tui/pty.js';

const M = resolve('test/fixtures/valid/minimal.yaml');
const BIN = resolve('dist/cli/bin.js');
const fresh = () => mkdtempSync(join(tmpdir(), 'statecraft-meanwhile-'));
/** A second, real statecraft process. */
const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const steps = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { branches: { main: { kind: string; trigger?: string }[] } }).branches.main;

describe('batch --out: a file that appears while the batch runs', () => {
  it('should be refused and kept, with the report kept beside it (exit 1)', async () => {
    const dir = fresh();
    const run = start(['batch', 'base-closure', '--runs', '100000000', '--workers', '1', '--format', 'md', '--out', 'late.md'], {}, 200, 24, dir);
    // The bar shows runs done: the output was checked before, and the report is written when the batch stops.
    await vi.waitFor(() => expect(run.screen()).toMatch(/ [1-9][\d,]*\/100,000,000/), PATIENCE);
    writeFileSync(join(dir, 'late.md'), 'my notes written meanwhile\n');
    run.proc.kill('SIGINT');
    expect(await run.exit).toBe(1);
    await run.waitFor('late.md and keep the one you want');
    expect(run.screen().replace(/\s+/g, ' ')).toContain(
      'error: refusing to replace late.md: a file appeared there while statecraft was working; the result was written to late.kept-1.md instead',
    );
    expect(readFileSync(join(dir, 'late.md'), 'utf8')).toBe('my notes written meanwhile\n');
    expect(readFileSync(join(dir, 'late.kept-1.md'), 'utf8')).toMatch(/^# Monte Carlo: base-closure\n/);
    expect(readdirSync(dir).sort()).toEqual(['late.kept-1.md', 'late.md']);
  });
});

describe('run --from S --save S by two processes at once', () => {
  /** Runs `during` when this process's `run` parses the session it read with --from (after its check, before its save). */
  const whileReading = async <T>(during: () => void, run: () => Promise<T>): Promise<T> => {
    const parse = JSON.parse;
    let done = false;
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: (k: string, v: unknown) => unknown) => {
      if (!done && new Error().stack?.includes('openSession')) {
        done = true;
        during();
      }
      return parse(text, reviver);
    });
    try {
      return await run();
    } finally {
      spy.mockRestore();
    }
  };

  it('should refuse the save of the one that read the session first, keeping its session beside, and leave the other’s save', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', M, '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    let second: ReturnType<typeof cli> | null = null;
    const first = await whileReading(
      () => {
        second = cli(dir, 'run', M, '--from', 's.json', '--steps', 'shock', '--save', 's.json');
      },
      () => statecraftIn(dir, 'run', M, '--from', 's.json', '--steps', 'advance:2', '--save', 's.json'),
    );
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
    expect(readdirSync(dir).sort()).toEqual(['s.json', 's.kept-1.json']);
  });

  it('should refuse the save when another program edited the session meanwhile', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', M, '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    const edited = readFileSync(join(dir, 's.json'), 'utf8').replace('{', '{ ');
    const r = await whileReading(
      () => writeFileSync(join(dir, 's.json'), edited),
      () => statecraftIn(dir, 'run', M, '--from', 's.json', '--steps', 'advance', '--save', 's.json'),
    );
    expect(r.stderr).toContain('error: refusing to replace s.json: it was changed while statecraft was working; the result was written to s.kept-1.json');
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 's.json'), 'utf8')).toBe(edited);
  });

  it('should save as before when nobody else wrote the session', async () => {
    const dir = fresh();
    expect((await statecraftIn(dir, 'run', M, '--steps', 'advance', '--save', 's.json')).code).toBe(0);
    const again = await statecraftIn(dir, 'run', M, '--from', 's.json', '--steps', 'advance', '--save', 's.json');
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(steps(join(dir, 's.json')).map((s) => s.kind)).toEqual(['advance', 'advance']);
    expect(readdirSync(dir)).toEqual(['s.json']);
  });
});
