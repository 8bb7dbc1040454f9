import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, ScenarioError } from '../../src/core/errors.js';
import { parseSource } from '../../src/scenario/parseSource.js';
import { type CliResult, once, PATIENCE } from '../helpers.js';

const firstProblem = (text: string): Diagnostic | undefined => {
  try {
    parseSource('f.yaml', text);
  } catch (e) {
    if (e instanceof ScenarioError) return e.diagnostics[0];
    throw e;
  }
  return undefined;
};

const minimal = readFileSync('test/fixtures/valid/minimal.yaml', 'utf8');
const aliases = (n: number, to = '*a') => `a: &a 1\nb: [${Array.from({ length: n }, () => to).join(', ')}]\n`;

describe('checkAliases (through parseSource)', () => {
  // A recursive alias used to build a cyclic value that later walks never finished: these must answer at once.
  it.each([
    ['a list holding its own alias', 'x: &a [*a]\n', 1, 8, 'x[0]', 'list'],
    ['a map holding its own alias', 'x: &a {k: *a}\n', 1, 11, 'x.k', 'map'],
    ['an alias to an ancestor map', 'a: &m\n  b:\n    c: *m\n', 3, 8, 'a.b.c', 'map'],
    ['an alias in a flow list in a block map', 'top:\n  list: &l [1, [2, *l]]\n', 2, 20, 'top.list[1][1]', 'list'],
    ['a merge key naming its own map', 'a: &a\n  k: 1\n  <<: *a\n', 3, 7, 'a.<<', 'map'],
    ['a merge key naming its own map under YAML 1.1', '%YAML 1.1\n---\na: &a\n  k: 1\n  <<: *a\n', 5, 7, 'a.<<', 'map'],
    ['a recursive key', '? &k [*k]\n: 1\n', 1, 7, '?[0]', 'list'],
  ])('should refuse %s as alias-cycle, positioned at the alias', (_name, text, line, column, path, what) => {
    const d = firstProblem(text);
    expect(d).toMatchObject({ file: 'f.yaml', line, column, path, code: 'alias-cycle' });
    expect(d?.message).toMatch(new RegExp(`^the alias \\*\\w+ refers to the ${what} that holds it`));
    expect(d?.hint).toContain('cannot be recursive');
  });

  it('should allow 100 alias expansions and refuse the 101st, at that alias', () => {
    expect(firstProblem(aliases(100))).toBeUndefined();
    expect(firstProblem(aliases(101))).toMatchObject({ line: 2, column: 405, path: 'b[100]', code: 'alias-bomb' });
  });

  it('should count the aliases inside what an alias names', () => {
    // c holds 3 × (b's 2 + 1) = 9 expansions; with b's 2 and c's own that is 11 so far, and each *c adds 10.
    const nested = (n: number) => `a: &a [1, 2]\nb: &b [*a, *a]\nc: &c [*b, *b, *b]\nd: [${Array(n).fill('*c').join(', ')}]\n`;
    expect(firstProblem(nested(8))).toBeUndefined();
    expect(firstProblem(nested(9))).toMatchObject({ line: 4, column: 37, path: 'd[8]', code: 'alias-bomb' });
  });

  it('should refuse aliases that repeat a long list too often, and aliases that nest too deep', () => {
    const long = `a: &a [${Array(2000).fill('0').join(',')}]\nb: [${Array(50).fill('*a').join(', ')}]\n`;
    expect(firstProblem(long)).toMatchObject({ line: 2, code: 'alias-bomb', message: 'the YAML aliases repeat more than 100,000 values in all' });
    const deep = `a: &a ${'['.repeat(30)}${']'.repeat(30)}\nb: ${'['.repeat(20)}*a${']'.repeat(20)}\n`;
    expect(firstProblem(deep)).toMatchObject({ line: 2, column: 24, code: 'too-deep' });
  });

  it('should read ordinary anchors and aliases as before', () => {
    const { value } = parseSource('f.yaml', 'a: &a {k: [1, 2]}\nb: *a\nc: [*a, *a]\n');
    expect(value).toEqual({ a: { k: [1, 2] }, b: { k: [1, 2] }, c: [{ k: [1, 2] }, { k: [1, 2] }] });
  });
});

describe('every command that reads YAML refuses a recursive alias at once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'statecraft-alias-'));
  writeFileSync(join(dir, 'rec.yaml'), `x: &a [*a]\n${minimal}`);
  writeFileSync(join(dir, 'ok.yaml'), minimal);
  const exercise = readFileSync('scenarios/exercises/harir-in-45.yaml', 'utf8');
  writeFileSync(join(dir, 'recex.yaml'), `x: &a {k: *a}\n${exercise}`);
  writeFileSync(join(dir, 'recscript.yaml'), 'x: &a [*a]\nsteps:\n  - note: first\n');
  const commands = [
    ['check', 'rec.yaml'],
    ['run', 'rec.yaml', '--steps', 'advance'],
    ['batch', 'rec.yaml', '--runs', '10'],
    ['graph', 'rec.yaml'],
    ['run', 'ok.yaml', '--script', 'recscript.yaml'],
    ['exercise', 'recex.yaml', '--script', 'recscript.yaml', '--transcript', 'rx.json'],
    ['exercise', 'harir-in-45', '--script', 'recscript.yaml', '--transcript', 'rx2.json'],
  ];
  // In a child process, so that a hang (a busy loop no test timeout can stop in-process) is ended, and fails the test.
  const helpers = pathToFileURL(join(process.cwd(), 'test/helpers.ts')).href;
  const code = `const { statecraftIn } = await import(${JSON.stringify(helpers)});
    for (const args of ${JSON.stringify(commands)}) console.log(JSON.stringify(await statecraftIn(${JSON.stringify(dir)}, ...args)));`;
  const child = once(() =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      timeout: PATIENCE.timeout,
      env: { ...process.env, FORCE_COLOR: '0' },
    }),
  );
  const expected = (file: string, column: number) => `${file}:1:${column} error[alias-cycle]: the alias *a refers to the`;

  it.each([
    [0, expected('rec.yaml', 8)],
    [1, expected('rec.yaml', 8)],
    [2, expected('rec.yaml', 8)],
    [3, expected('rec.yaml', 8)],
    [4, expected('recscript.yaml', 8)],
    [5, expected('recex.yaml', 11)],
    [6, expected('recscript.yaml', 8)],
  ])('command %i answers with one positioned error and exit 1', (i, message) => {
    const { status, stdout, stderr } = child();
    const result = stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CliResult)[i];
    expect(result, `statecraft ${commands[i]?.join(' ')} did not answer (child: ${status}, ${stderr})`).toBeDefined();
    expect(result?.stderr).toContain(message);
    expect(result?.code).toBe(1);
  });
});
