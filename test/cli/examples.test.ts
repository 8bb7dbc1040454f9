// Every command example shown in --help, and in README/docs code blocks marked `sh runnable`, runs as shown and exits as documented.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type CliResult, PATIENCE, statecraft } from '../helpers.js';
import { start } from '../tui/pty.js';

const ROOT = process.cwd();
const MAIN = join(ROOT, 'dist/cli/bin.js');
/** Every command with examples in its --help except `join`, which needs a running host (the seat e2e tests join one). */
const COMMANDS = [
  'play',
  'run',
  'batch',
  'compare',
  'drivers',
  'signposts',
  'sensitivity',
  'sweep',
  'merge',
  'check',
  'paths',
  'graph',
  'exercise',
  'debrief',
  'list',
  'schema',
];
/** Where Graphviz's `dot` comes from when the machine has none: its WebAssembly build, behind the same command line. */
const hasDot = spawnSync('sh', ['-c', 'command -v dot'], { encoding: 'utf8' }).status === 0;
const PATH = hasDot ? process.env.PATH : `${resolve('test/fixtures/bin')}${delimiter}${process.env.PATH}`;

type Example = { readonly where: string; readonly lines: readonly string[] };

/** The examples of each command's --help, one per line. */
async function helpExamples(): Promise<Example[]> {
  const helps = await Promise.all(COMMANDS.map(async (c) => [c, (await statecraft(c, '--help')).stdout] as const));
  return helps.flatMap(([c, help]) => {
    const after = help.split(/\nExamples?:\n/)[1] ?? '';
    return after
      .split('\n')
      .filter((l) => l.startsWith('  statecraft '))
      .map((l) => ({ where: `${c} --help`, lines: [l.trim()] }));
  });
}

/** The ```sh runnable blocks of README.md and docs/*.md, each line a command. */
function docExamples(): Example[] {
  const files = [
    'README.md',
    ...readdirSync('docs')
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/```sh runnable\n([\s\S]*?)```/g)].map((m) => {
      const lines = (m[1] ?? '').split('\n').filter((l) => /^(npx )?statecraft /.test(l));
      return { where: file, lines: lines.map((l) => l.replace(/^npx /, '')) };
    }),
  );
}

/** A folder holding the files the examples name (my.session.json, my.yaml, rehearsal.yaml, test scripts). */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'statecraft-examples-'));
  copyFileSync('scenarios/iraq-coalition.yaml', join(dir, 'my.yaml'));
  copyFileSync('test/exercise/harir-in-45-rehearsal.yaml', join(dir, 'rehearsal.yaml'));
  mkdirSync(join(dir, 'test/exercise'), { recursive: true });
  copyFileSync('test/exercise/harir-rehearsal.yaml', join(dir, 'test/exercise/harir-rehearsal.yaml'));
  mkdirSync(join(dir, 'test/scenarios'), { recursive: true });
  for (const f of readdirSync('test/scenarios')) copyFileSync(join('test/scenarios', f), join(dir, 'test/scenarios', f));
  mkdirSync(join(dir, 'test/fixtures/uncertain'), { recursive: true });
  copyFileSync('test/fixtures/uncertain/ranges.yaml', join(dir, 'test/fixtures/uncertain/ranges.yaml'));
  mkdirSync(join(dir, 'scenarios'), { recursive: true });
  copyFileSync('scenarios/iraq-coalition.yaml', join(dir, 'scenarios/iraq-coalition.yaml'));
  return dir;
}

/** The words of a command line, as the shell splits them (single and double quotes, a trailing comment), or null where it needs a real shell. */
function shellWords(line: string): string[] | null {
  const words: string[] = [];
  let rest = line.replace(/\s+#[^'"]*$/, '').trim();
  while (rest !== '') {
    const m = /^(?:'([^']*)'|"([^"\\$`]*)"|([^\s'"|&;<>()$`\\]+))+/.exec(rest);
    if (!m) return null;
    words.push(m[0].replace(/'([^']*)'|"([^"]*)"/g, '$1$2'));
    rest = rest.slice(m[0].length);
    if (rest !== '' && !/^\s/.test(rest)) return null;
    rest = rest.trim();
  }
  return words;
}

/** Runs one example line: in this process through `main` (an output redirect `> FILE` written by the test), or in bash where it needs a pipe or `&&`. */
async function runLine(cwd: string, line: string): Promise<CliResult> {
  const redirect = / > (\S+)(\s+#.*)?$/.exec(line);
  const words = shellWords(redirect ? line.slice(0, redirect.index) : line);
  if (words?.[0] !== 'statecraft') {
    const r = shell(cwd, line);
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }
  const args = words.slice(1);
  // From source, a worker thread loads TypeScript first; one thread gives the same bytes (test/cli/batch.test.ts checks 1 and 2 workers).
  if (WORKERS.includes(args[0] ?? '') && !args.includes('--workers')) args.push('--workers', '1');
  const home = process.cwd();
  process.chdir(cwd);
  try {
    const r = await statecraft(...args);
    if (redirect) writeFileSync(redirect[1] as string, r.stdout);
    return r;
  } finally {
    process.chdir(home);
  }
}

function shell(cwd: string, line: string) {
  const script = `statecraft() { "${process.execPath}" "${MAIN}" "$@"; }\nset -o pipefail\n${line}`;
  return spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, PATH, NO_COLOR: '1' } });
}

/** Commands that take --workers. */
const WORKERS = ['batch', 'compare', 'drivers', 'sensitivity', 'sweep'];
const interactive = (line: string) => /^statecraft (play|exercise)\b/.test(line) && !/--script|--help/.test(line);

/** An interactive example opens its first screen in a terminal and quits cleanly on Ctrl+C (answering y if it asks). */
async function runInTerminal(cwd: string, line: string): Promise<number> {
  const run = start(shellWords(line)?.slice(1) ?? [], {}, 100, 30, resolve(cwd));
  // Exercise screens show the exercise's title ("Harir …"); the interactive `exercise` examples make their own transcripts.
  // In Arabic the header is drawn right to left (visual order, docs/arabic.md): the branch comes first.
  await run.waitFor(line.includes('exercise') ? 'arir' : line.includes('--lang ar') ? 'main · ' : ' · main');
  let exited = false;
  const code = run.exit.then((c) => {
    exited = true;
    return c;
  });
  // Ctrl+C quits, or asks first (y/n) where there is something to lose: then y.
  run.press('\x03');
  await vi.waitFor(() => expect(exited || /\(y\/n\)/.test(run.screen())).toBe(true), PATIENCE);
  if (!exited) run.press('y');
  return await code;
}

const examples = [...(await helpExamples()), ...docExamples()];

describe('documented examples', () => {
  let cwd = '';
  beforeAll(async () => {
    cwd = workspace();
    expect((await runLine(cwd, 'statecraft run --steps advance --save my.session.json')).code).toBe(0);
  }, 60_000);
  it('should not print an empty list as a default in any --help', async () => {
    for (const c of COMMANDS) expect((await statecraft(c, '--help')).stdout, c).not.toContain('(default: [])');
  });

  it('should find the examples (help and docs)', () => {
    expect(examples.filter((e) => e.where.endsWith('--help')).length).toBeGreaterThan(20);
    expect(examples.filter((e) => e.where.endsWith('.md')).length).toBeGreaterThan(3);
  });

  // A line shown in two places (a --help and a doc) runs once: the same command in the same folder, with the same result.
  const ran = new Map<string, Promise<CliResult>>();
  const once = (line: string) => {
    const key = line.replace(/\s+#.*$/, '');
    const result = ran.get(key) ?? (interactive(line) ? runInTerminal(cwd, line).then((code) => ({ code, stdout: '', stderr: '' })) : runLine(cwd, line));
    ran.set(key, result);
    return result;
  };

  for (const e of examples) {
    const text = e.lines.join(' ; ');
    it(`${e.where}: ${text}`, { timeout: 120_000 }, async () => {
      // Every line exits 0 unless it ends in `# exits N`: an earlier line failing is no pass, even with the code the last one documents.
      for (const line of e.lines) {
        const r = await once(line);
        const documented = Number(/# exits (\d)/.exec(line)?.[1] ?? 0);
        if (r.code !== documented) expect.soft(r.stderr, line).toBe('');
        expect(r.code, line).toBe(documented);
      }
    });
  }
});
