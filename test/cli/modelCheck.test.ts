import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import parseDot from 'dotparser';
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

const MODEL = 'test/fixtures/valid/model.yaml';

/** Every line of a Mermaid state diagram must be one of the forms statecraft writes. */
const MERMAID_LINE = [
  /^stateDiagram-v2$/,
  /^ {2}direction (LR|TB)$/,
  /^ *state "[^"]+" as \w+( \{)?$/,
  /^ *\}$/,
  /^ *(\[\*\]|\w+) --> \w+( : [\w, ]+)?$/,
  /^ {2}classDef \w+ [\w#:,-]+$/,
  /^ {2}class \w+ \w+$/,
];

describe('statecraft check (model checking)', () => {
  it('should exit 1 on the broken invariant, list the warnings, and write a counterexample that replays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const r = await statecraft('check', MODEL, '--counterexamples', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('38 states explored month by month, every reachable one, with exact values (exhaustive)');
    expect(r.stdout).toContain('error[invariant]: invariant "cool_when_closed" breaks after 2 steps\n  steps: warm, warm\n');
    expect(r.stdout).toContain('warning[unreachable-state]: actor "door" never reaches state "locked" (proven by over-approximation)');
    const script = join(dir, 'model.cool_when_closed.yaml');
    expect(r.stdout).toContain(`counterexample written to ${script}`);
    const replay = await statecraft('run', '--script', script);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('Invariant violations:\n  step #2: invariant cool_when_closed does not hold');
  });

  it('should exit 0 with warnings only, and 1 with --strict', async () => {
    const clean = await statecraft('check', 'base-closure');
    expect(clean.code).toBe(0);
    expect((await statecraft('check', 'test/fixtures/valid/minimal.yaml', '--strict')).code).toBe(1);
    expect((await statecraft('check', 'test/fixtures/valid/minimal.yaml')).code).toBe(0);
  });

  it('should give JSON for CI, and say when the exploration was bounded', async () => {
    const r = JSON.parse(
      (await statecraft('check', MODEL, '--exact', '--format', 'json', '--max-states', '10', '--counterexamples', mkdtempSync(join(tmpdir(), 's-')))).stdout,
    );
    expect(r).toMatchObject({ scenario: 'model', mode: 'exact', complete: false, exhaustive: false });
    expect(r.findings.find((f: { subject?: string }) => f.subject === 'burnt')).toMatchObject({ severity: 'note', grounds: 'not-reached' });
    expect((await statecraft('check', 'iraq-coalition', '--max-states', '500')).stdout).toContain('bounded by --max-states');
  });

  it('should print "never" only when proven, and fail --strict only on proven findings', async () => {
    const water = readFileSync('test/fixtures/valid/water-crisis.yaml', 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const file = join(dir, 'water.yaml');
    const r = await statecraft('check', 'test/fixtures/valid/water-crisis.yaml', '--buckets', '3', '--strict');
    expect(r.code).toBe(1);
    const claims = r.stdout.split('\n').filter((line) => /never|unreachable/.test(line));
    expect(claims).toEqual(['warning[unreachable-state]: actor "utility" never reaches state "flooded" (proven by over-approximation)']);
    expect(r.stdout).toContain('warning[unreachable-state]: actor "utility" never reaches state "flooded" (proven by over-approximation)');
    writeFileSync(file, water.replace('guard: indicators.reservoir > 150.0', 'guard: indicators.reservoir > 95.0'));
    const bounded = await statecraft('check', file, '--exact', '--max-states', '400', '--strict');
    expect(bounded.stdout).toContain('note[');
    expect(bounded.stdout).not.toMatch(/never|unreachable/);
    expect(bounded.code).toBe(0);
  });
});

describe('statecraft check: every reachability question settled', () => {
  it('should settle every question of the shipped scenario, say so, and print witnesses that statecraft run --steps replays', async () => {
    const text = await statecraft('check', '--witnesses');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^reachability: all (\d+) questions settled: \d+ found with witnesses, \d+ proven impossible$/m);
    expect(text.stdout).toContain('stopped once every question was settled');
    expect(text.stdout).not.toContain('not reached');
    const r = JSON.parse((await statecraft('check', '--format', 'json')).stdout);
    expect(r.settled.open).toBe(0);
    expect(r.settled.found + r.settled.proven).toBe(r.settled.questions);
    const found = r.questions.filter((a: { status: string }) => a.status === 'found');
    expect(found.length).toBe(r.settled.found);
    for (const a of found as { kind: string; subject: string; steps: string[] }[]) {
      if (a.steps.length === 0) continue;
      expect(text.stdout).toContain(`\n    steps: ${a.steps.join(', ')}\n`);
      const run = await statecraft('run', '--steps', a.steps.join(','), '--format', 'json');
      expect(run.code, `${a.subject}: ${run.stderr}`).toBe(0);
      const { final, steps } = JSON.parse(run.stdout);
      if (a.kind === 'state') expect(`${a.subject.split('=')[0]}=${final.actors[a.subject.split('=')[0] as string]}`).toBe(a.subject);
      if (a.kind === 'outcome') expect(final.outcome).toBe(a.subject);
      if (a.kind === 'trigger')
        expect(
          steps.some((s: { trigger: string; cause: string }) => s.trigger === a.subject && s.cause !== 'clock'),
          a.subject,
        ).toBe(true);
    }
  });

  it('should give the same bytes every time', async () => {
    const once = await statecraft('check', 'test/fixtures/valid/late-target.yaml', '--max-states', '2000', '--format', 'json');
    expect((await statecraft('check', 'test/fixtures/valid/late-target.yaml', '--max-states', '2000', '--format', 'json')).stdout).toBe(once.stdout);
    expect(JSON.parse(once.stdout).settled).toMatchObject({ open: 0 });
  });
});

describe('statecraft paths', () => {
  it('should print the shortest sequences and write them as scripts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const r = await statecraft('paths', MODEL, '--to', 'burnt', '--max', '1', '--out-dir', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('path 1: 4 steps, ends 2025-01 with outcome burnt\n  2025-01 warm\n  2025-01 warm\n  2025-01 open_door\n  2025-01 smash\n');
    expect(readFileSync(join(dir, 'model.path-1.yaml'), 'utf8')).toContain('steps:\n  - warm\n  - warm\n  - open_door\n  - smash\n');
  });

  it('should fold months of waiting and give a replay command that works', async () => {
    const r = await statecraft('paths', '--to', 'full_exit', '--max', '1', '--buckets', '2');
    expect(r.stdout).toContain('  2025-09 us_recommits_to_timeline\n  2025-09 advance ×13 (to the end of 2026-09)\n');
    expect(r.stdout).toContain('replay: statecraft run --steps "us_recommits_to_timeline,advance:13"');
    const replay = await statecraft('run', '--steps', 'us_recommits_to_timeline,advance:13', '--format', 'json');
    expect(JSON.parse(replay.stdout).final.outcome).toBe('full_exit');
  });

  it('should call a path shortest only when an exact search proves it, and accept --exact', async () => {
    expect((await statecraft('paths', MODEL, '--to', 'burnt', '--max', '1', '--exact')).stdout).toContain(
      '1 shortest path to burnt, found by exact breadth-first search, so none is shorter:',
    );
    const bucketed = await statecraft('paths', MODEL, '--to', 'burnt', '--max', '1', '--buckets', '3');
    expect(bucketed.stdout).toContain('a path to burnt, found by a month-by-month search with indicators in 3 buckets; shorter ones may exist: try --exact');
    expect(bucketed.stdout).toContain('path 1: a path of 4 steps');
    const limited = await statecraft('paths', MODEL, '--to', 'burnt', '--exact', '--max-states', '3');
    expect(limited.code).toBe(1);
    expect(limited.stdout).toMatch(/^not found within \d+ states: burnt\n/);
    expect(limited.stdout).not.toMatch(/never|unreachable/);
  });

  it('should explain an unreachable target, and suggest names for unknown ones', async () => {
    const r = await statecraft('paths', MODEL, '--to', 'door=locked');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'unreachable: door=locked\n  actor "door" never reaches state "locked" (proven: all 38 reachable states explored with exact values)\n  nearest: after no steps',
    );
    const unknown = await statecraft('paths', MODEL, '--to', 'door=lockd');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('actor "door" has no state "lockd"\nhint: did you mean "locked"?');
  });
});

describe('statecraft graph', () => {
  it('should match the golden Mermaid and DOT files', async () => {
    expect((await statecraft('graph', MODEL)).stdout).toBe(readFileSync('test/fixtures/golden/model.mmd', 'utf8'));
    expect((await statecraft('graph', MODEL, '--format', 'dot')).stdout).toBe(readFileSync('test/fixtures/golden/model.dot', 'utf8'));
  });

  it('should write DOT that a Graphviz parser reads, with one cluster per actor', async () => {
    const [graph] = parseDot((await statecraft('graph', '--format', 'dot')).stdout) as { id: string; children: { type: string; id?: string }[] }[];
    expect(graph?.id).toBe('iraq-coalition');
    const clusters = graph?.children.filter((c) => c.type === 'subgraph').map((c) => c.id);
    expect(clusters).toEqual(['cluster_us', 'cluster_baghdad', 'cluster_framework', 'cluster_factions', 'cluster_krg', 'cluster_isis', 'cluster_iran']);
  });

  it('should write Mermaid in the stateDiagram-v2 forms GitHub renders, with balanced braces', async () => {
    const text = (await statecraft('graph')).stdout;
    const lines = text.trimEnd().split('\n');
    for (const line of lines)
      expect(
        MERMAID_LINE.some((re) => re.test(line)),
        line,
      ).toBe(true);
    expect(lines.filter((l) => l.endsWith('{')).length).toBe(lines.filter((l) => l.trim() === '}').length);
  });

  it('should highlight a session in the diagram and give the machine config as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const session = join(dir, 's.session.json');
    await statecraft('run', '--steps', 'isis_resurgence', '--save', session);
    const text = (await statecraft('graph', '--from', session)).stdout;
    expect(text).toContain('  class isis__resurgent current\n');
    const config = JSON.parse((await statecraft('graph', '--format', 'json')).stdout);
    expect(config.type).toBe('parallel');
    expect(Object.keys(config.states)).toContain('krg');
  });

  it('should keep the diagram in docs up to date', async () => {
    expect(readFileSync('docs/iraq-coalition-diagram.md', 'utf8')).toContain(`\`\`\`mermaid\n${(await statecraft('graph')).stdout}\`\`\``);
  });
});
