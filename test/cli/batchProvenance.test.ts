// Provenance in every batch report, `--shard auto` for array jobs, shards checked before merging, runs that stop on errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type CliResult, once, statecraft as run } from '../helpers.js';

/** Runs statecraft in this process with only these array-job variables set: the test runner's own (a CI array job) are hidden. */
async function statecraft(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  for (const key of Object.keys(process.env))
    if (/^(JOB_COMPLETION_INDEX|SLURM_ARRAY_|AWS_BATCH_JOB_ARRAY_|STATECRAFT_SHARD_COUNT)/.test(key)) vi.stubEnv(key, undefined);
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  try {
    // From source a worker thread loads TypeScript first: one thread gives the same bytes (test/cli/batch.test.ts checks 1 and 2).
    return await run(...args, ...(args.includes('--workers') || args[0] === 'merge' || args[0] === 'run' ? [] : ['--workers', '1']));
  } finally {
    vi.unstubAllEnvs();
  }
}
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

describe('provenance', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
  const session = join(dir, 'isis.session.json');
  beforeAll(async () => {
    expect((await statecraft(['run', '--steps', 'isis_resurgence,advance:2', '--save', session])).code).toBe(0);
  });
  const whatIf = ['--runs', '300', '--seed', '5', '--set', 'triggers.drone_attack_erbil.chance=0.2', '--force', 'israel_iran_war@2026-01', '--from', session];

  it('should print what was asked under the title of the text report, in words', async () => {
    const lines = (await statecraft(['batch', ...whatIf])).stdout.split('\n');
    expect(lines[1]).toMatch(new RegExp(`^  scenario iraq-coalition \\(fingerprint [0-9a-f]{16}\\), seed 5, 300 runs, statecraft ${version}$`));
    expect(lines[2]).toMatch(new RegExp(`^  every run starts from the session ${session.replace(/[.]/g, '\\.')} \\(fingerprint [0-9a-f]{16}\\)$`));
    expect(lines[3]).toBe('  set triggers.drone_attack_erbil.chance to 0.2 (--set triggers.drone_attack_erbil.chance=0.2)');
    expect(lines[4]).toBe('  forced israel_iran_war at the start of 2026-01 in every run (--force israel_iran_war@2026-01)');
  });

  it('should record it in JSON, CSV and Markdown too', async () => {
    const json = JSON.parse((await statecraft(['batch', ...whatIf, '--format', 'json'])).stdout);
    expect(json.provenance).toEqual({
      scenario: { id: 'iraq-coalition', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) },
      seed: 5,
      runs: 300,
      sets: ['triggers.drone_attack_erbil.chance=0.2'],
      forces: ['israel_iran_war@2026-01'],
      from: { file: session, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) },
      statecraft: version,
    });
    const csv = (await statecraft(['batch', ...whatIf, '--format', 'csv'])).stdout;
    expect(csv).toContain(
      'provenance,set,triggers.drone_attack_erbil.chance=0.2,set triggers.drone_attack_erbil.chance to 0.2 (--set triggers.drone_attack_erbil.chance=0.2)',
    );
    expect(csv).toContain(`provenance,statecraft,version,${version}`);
    expect(csv).toContain(`provenance,from,${session},${json.provenance.from.fingerprint}`);
    const md = (await statecraft(['batch', ...whatIf, '--format', 'md'])).stdout;
    expect(md).toContain('- forced israel\\_iran\\_war at the start of 2026-01 in every run \\(--force israel\\_iran\\_war@2026-01\\)');
  });

  it('should name the differing options in words when it refuses a merge', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await statecraft(['batch', '--runs', '100', '--shard', '1/2', '--out', a, '--set', 'triggers.isis_resurgence.chance=0.1']);
    await statecraft(['batch', '--runs', '100', '--shard', '2/2', '--out', b, '--set', 'triggers.isis_resurgence.chance=0.3']);
    const r = await statecraft(['merge', a, b]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${a} set triggers.isis_resurgence.chance to 0.1 (--set triggers.isis_resurgence.chance=0.1); ${b} did not`);
    expect(r.stderr).toContain(`${b} set triggers.isis_resurgence.chance to 0.3`);
  });
});

describe('--shard auto', { timeout: 120_000 }, () => {
  const one = once(async () => (await statecraft(['batch', '--runs', '3000', '--seed', '4', '--workers', '1', '--format', 'json'])).stdout);
  const shardsMergeToOne = async (envOf: (i: number) => Record<string, string>, extra: string[] = []) => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const files: string[] = [];
    for (const i of [0, 1, 2]) {
      const file = join(dir, `part-${i}.json`);
      const r = await statecraft(['batch', '--runs', '3000', '--seed', '4', '--shard', 'auto', ...extra, '--out', file], envOf(i));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      files.push(file);
    }
    return (await statecraft(['merge', ...files.reverse(), '--format', 'json'])).stdout;
  };

  it('should read a Kubernetes Indexed Job, taking the count from --shard-count', async () => {
    expect(await shardsMergeToOne((i) => ({ JOB_COMPLETION_INDEX: String(i) }), ['--shard-count', '3'])).toBe(await one());
  });

  it('should read a Slurm job array (ids 1–3)', async () => {
    expect(await shardsMergeToOne((i) => ({ SLURM_ARRAY_TASK_ID: String(i + 1), SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '3' }))).toBe(await one());
  });

  it('should read an AWS Batch array job, taking the size from STATECRAFT_SHARD_COUNT', async () => {
    expect(await shardsMergeToOne((i) => ({ AWS_BATCH_JOB_ARRAY_INDEX: String(i), STATECRAFT_SHARD_COUNT: '3' }))).toBe(await one());
  });

  it('should say what it looked for when there is no array job, and when the count is missing', async () => {
    expect(await statecraft(['batch', '--runs', '10', '--shard', 'auto'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--shard auto: no array job found (looked for JOB_COMPLETION_INDEX from Kubernetes, SLURM_ARRAY_TASK_ID from Slurm'),
    });
    expect(await statecraft(['batch', '--runs', '10', '--shard', 'auto'], { JOB_COMPLETION_INDEX: '0' })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('hint: give the number of parts with --shard-count N (or STATECRAFT_SHARD_COUNT=N)'),
    });
  });
});

describe('merge checks every shard', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
  const files = ['1/2', '2/2'].map((_, i) => join(dir, `s${i}.json`));
  beforeAll(async () => {
    for (const [i, part] of ['1/2', '2/2'].entries())
      expect((await statecraft(['batch', '--runs', '400', '--shard', part, '--out', files[i] as string])).code).toBe(0);
  });
  const tamper = async (edit: (shard: { version: number; aggregate: { runs: number; outcomeCounts: number[] } }) => void) => {
    const shard = JSON.parse(readFileSync(files[1] as string, 'utf8'));
    edit(shard);
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(shard));
    return await statecraft(['merge', files[0] as string, file]);
  };

  it('should refuse counts that do not add up, negative counts and impossible runs, exit 1', async () => {
    const moved = await tamper((s) => {
      s.aggregate.outcomeCounts[0] = (s.aggregate.outcomeCounts[0] ?? 0) + 1;
    });
    expect(moved).toMatchObject({ code: 1, stderr: expect.stringContaining('the shard is inconsistent: its outcome counts add up to 201, not 200 runs') });
    const negative = await tamper((s) => {
      s.aggregate.outcomeCounts[1] = -4;
    });
    expect(negative).toMatchObject({ code: 1, stderr: expect.stringMatching(/not a valid batch shard file: aggregate\.outcomeCounts\.1: .*>=0/) });
    const runs = await tamper((s) => {
      s.aggregate.runs = 1e12;
    });
    expect(runs).toMatchObject({ code: 1, stderr: expect.stringContaining('aggregate.runs') });
  });

  it('should refuse a shard made with the old random stream, saying why', async () => {
    const old = await tamper((s) => {
      s.version = 1;
    });
    expect(old).toMatchObject({ code: 1, stderr: expect.stringContaining('shard version 1 was made with the old random stream') });
  });

  it('should refuse a shard whose stopped runs cannot be replayed, saying to run it again', async () => {
    const old = await tamper((s) => {
      s.version = 2;
    });
    expect(old).toMatchObject({ code: 1, stderr: expect.stringContaining('shard version 2 records a stopped run') });
  });
});
