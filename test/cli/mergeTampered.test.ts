// merge refuses a shard whose text is not what statecraft writes (F5): nothing from it reaches the terminal, a report or a shell.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, statecraft } from '../helpers.js';

const CHANCE = 'test/fixtures/batch/chance-error.yaml';
const ESCAPES = '\u001b]52;c;aGk=\u0007\u001b[2J<script>alert(1)</script>';
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

type Shard = {
  batch: { provenance: { sets: string[]; from: unknown } };
  shard: { k: number; n: number };
  aggregate: { sequences: Record<string, number>[]; problems: { run: number; detail: string; steps: string }[] };
};

describe('merge and tampered shards', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sc-tamper-'));
  const files = [join(dir, 'a.json'), join(dir, 'b.json')];
  beforeAll(async () => {
    for (const [i, out] of files.entries())
      expect((await statecraft('batch', CHANCE, '--runs', '100', '--seed', '3', '--workers', '1', '--shard', `${i + 1}/2`, '--out', out)).code).toBe(0);
  });
  const tamper = async (edit: (shard: Shard) => void): Promise<CliResult> => {
    const shard = JSON.parse(readFileSync(files[0] as string, 'utf8')) as Shard;
    edit(shard);
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(shard));
    return await statecraft('merge', file, files[1] as string, '--scenario', CHANCE);
  };
  const refused = (r: CliResult, what: RegExp) => {
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(what);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr).not.toContain('rm -rf');
    expect(r.stderr).not.toContain('<script');
  };

  it('should merge the untouched shards (the baseline of the cases below)', async () => {
    expect((await tamper(() => {})).code).toBe(1); // runs stopped on the fixture's evaluation error, as batch says
  });

  it('should say which shards are missing in one short line, however many there are, and refuse an impossible part', async () => {
    const alone = async (edit: (shard: Shard) => void) => {
      const shard = JSON.parse(readFileSync(files[0] as string, 'utf8')) as Shard;
      edit(shard);
      const file = join(dir, 'alone.json');
      writeFileSync(file, JSON.stringify(shard));
      return await statecraft('merge', file, '--scenario', CHANCE);
    };
    // Part 1 of 100,000,000 (as legal as --runs 100000000 --shard 1/100000000): the message is one line, not a list of them all.
    const many = await alone((s) => {
      s.shard.n = 100_000_000;
    });
    expect(many.code).toBe(1);
    expect(many.stderr).toBe('error: missing 99,999,999 shards 2–100000000/100000000\nhint: run the missing shards and merge them all\n');
    const gaps = await alone((s) => {
      s.shard = { k: 3, n: 30 };
    });
    expect(gaps.stderr).toContain('error: missing 29 shards 1–2/30, 4–30/30\n');
    for (const shard of [
      { k: 1, n: 1e15 },
      { k: 5, n: 2 },
    ])
      refused(await alone((s) => (s.shard = shard)), /alone\.json: not a valid batch shard file: shard/);
  });

  it('should refuse a sequence key that is not trigger ids, or names triggers the scenario does not have', async () => {
    const escapes = await tamper((s) => {
      const seqs = s.aggregate.sequences.find((q) => Object.keys(q).length > 0) as Record<string, number>;
      const [key, n] = Object.entries(seqs)[0] as [string, number];
      delete seqs[key];
      seqs[ESCAPES] = n;
    });
    refused(escapes, /tampered\.json: not a valid batch shard file: aggregate\.sequences\.\d+: a key is not trigger ids joined by ">"\n/);
    const unknown = await tamper((s) => {
      const seqs = s.aggregate.sequences.find((q) => Object.keys(q).length > 0) as Record<string, number>;
      const [key, n] = Object.entries(seqs)[0] as [string, number];
      delete seqs[key];
      seqs.push_hard = n;
    });
    refused(unknown, /the shard is inconsistent: its sequence "push_hard" names a trigger the scenario does not have/);
  });

  it('should refuse replay steps that are not step words, or name unknown triggers, and a detail with control characters', async () => {
    const injection = await tamper((s) => {
      (s.aggregate.problems[0] as Shard['aggregate']['problems'][number]).steps = 'advance"; rm -rf ~; echo "\u001b[2J';
    });
    refused(injection, /aggregate\.problems\.0\.steps: step words \(trigger ids, roll:N\) joined by commas/);
    const unknown = await tamper((s) => {
      (s.aggregate.problems[0] as Shard['aggregate']['problems'][number]).steps = 'roll:2,rm';
    });
    refused(unknown, /the replay steps of run \d+ name "rm", not a step of this scenario/);
    const detail = await tamper((s) => {
      (s.aggregate.problems[0] as Shard['aggregate']['problems'][number]).detail = ESCAPES;
    });
    refused(detail, /aggregate\.problems\.0\.detail: plain text on one line, without control characters/);
    const elsewhere = await tamper((s) => {
      (s.aggregate.problems[0] as Shard['aggregate']['problems'][number]).run = 99;
    });
    refused(elsewhere, /its problem in run 99 lies outside its runs 0–49/);
  });

  it('should refuse what-ifs and session names with control characters', async () => {
    const sets = await tamper((s) => {
      s.batch.provenance.sets.push(`triggers.push.chance=0.1 ${ESCAPES}`);
    });
    refused(sets, /batch\.provenance\.sets\.0: plain text on one line/);
    const from = await tamper((s) => {
      s.batch.provenance.from = { file: ESCAPES, fingerprint: '0123456789abcdef' };
    });
    refused(from, /batch\.provenance\.from\.file: plain text on one line/);
  });

  it('should refuse a --scenario other than the one the shards name', async () => {
    const other = await statecraft('merge', ...files, '--scenario', 'test/fixtures/valid/minimal.yaml');
    expect(other).toMatchObject({ code: 1, stderr: expect.stringContaining('the shards are of scenario "chance-error", not "minimal"') });
  });
});
