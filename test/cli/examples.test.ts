// Every command example shown in --help, and in README/docs code blocks marked `sh runnable`, runs as shown and exits as documented.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PATIENCE } from '../helpers.js';
import { start } from '../tui/pty.js';

const ROOT = process.cwd();
const MAIN = join(ROOT, 'dist/cli/bin.js');
const COMMANDS = ['play', 'run', 'batch', 'compare', 'sensitivity', 'sweep', 'merge', 'check', 'paths', 'graph', 'exercise', 'debrief', 'list', 'schema'];
/** Examples that take more than ~20 s on a 2-core machine run only with STATECRAFT_SLOW_EXAMPLES=1. */
const SLOW = [/statecraft sensitivity/, /statecraft sweep/, /--runs 1000000/, /--runs 100000 --shard/];
const hasDot = spawnSync('sh', ['-c', 'command -v dot'], { encoding: 'utf8' }).status === 0;

type Example = { readonly where: string; readonly lines: readonly string[]; readonly exit: number };

/** The examples of each command's --help, one per line. */
function helpExamples(): Example[] {
  return COMMANDS.flatMap((c) => {
    const help = spawnSync(process.execPath, [MAIN, c, '--help'], { encoding: 'utf8' }).stdout;
    const after = help.split(/\nExamples?:\n/)[1] ?? '';
    return after
      .split('\n')
      .filter((l) => l.startsWith('  statecraft '))
      .map((l) => ({ where: `${c} --help`, lines: [l.trim()], exit: Number(/# exits (\d)/.exec(l)?.[1] ?? 0) }));
  });
}

/** The ```sh runnable blocks of README.md and docs/*.md; a line ending in `# exits N` must exit N. */
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
      const exit = Number(/# exits (\d)/.exec(lines.at(-1) ?? '')?.[1] ?? 0);
      return { where: file, lines: lines.map((l) => l.replace(/^npx /, '')), exit };
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
  shell(dir, 'statecraft run --steps advance --save my.session.json');
  return dir;
}

function shell(cwd: string, line: string) {
  const script = `statecraft() { "${process.execPath}" "${MAIN}" "$@"; }\nset -o pipefail\n${line}`;
  return spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, NO_COLOR: '1' } });
}

const words = (line: string) => [...line.replace(/#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
const interactive = (line: string) => /^statecraft (play|exercise)\b/.test(line) && !/--script|--help/.test(line);

/** An interactive example opens its first screen in a terminal and quits cleanly on Ctrl+C (answering y if it asks). */
async function runInTerminal(cwd: string, line: string): Promise<number> {
  const run = start(words(line).slice(1), {}, 100, 30, resolve(cwd));
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

const examples = [...helpExamples(), ...docExamples()];

describe('documented examples', () => {
  let cwd = '';
  beforeAll(() => {
    cwd = workspace();
  }, 60_000);
  it('should find the examples (help and docs)', () => {
    expect(examples.filter((e) => e.where.endsWith('--help')).length).toBeGreaterThan(20);
    expect(examples.filter((e) => e.where.endsWith('.md')).length).toBeGreaterThan(3);
  });

  for (const e of examples) {
    const text = e.lines.join(' ; ');
    const slow = SLOW.some((r) => r.test(text)) && !process.env.STATECRAFT_SLOW_EXAMPLES;
    const needsDot = text.includes('| dot ') && !hasDot;
    it.skipIf(slow || needsDot)(`${e.where}: ${text}`, { timeout: 120_000 }, async () => {
      let status = 0;
      for (const line of e.lines) {
        if (interactive(line)) status = await runInTerminal(cwd, line);
        else {
          const r = shell(cwd, line);
          status = r.status ?? -1;
          if (status !== e.exit) expect.soft(r.stderr, line).toBe('');
        }
        if (status !== 0) break;
      }
      expect(status, text).toBe(e.exit);
    });
  }
});
