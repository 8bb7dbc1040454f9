// Small promises of the command line: languages refused with the list, JSON even on errors, confirmations, replays that replay.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'statecraft-cli-'));

describe('the command line', () => {
  it('should refuse --lang for a language the scenario has no labels in, listing those it has', async () => {
    const r = await statecraft('run', '--steps', 'advance', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: --lang fr: scenario "iraq-coalition" has no labels in "fr"');
    expect(r.stderr).toContain('hint: use one of: ar, en');
    expect((await statecraft('run', '--steps', 'advance', '--lang', 'ar')).code).toBe(0);
  });

  it('should write JSON from check --format json even when the file has errors', async () => {
    const r = await statecraft('check', 'test/fixtures/invalid/unknown-to-state.yaml', '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(json.diagnostics[0]).toMatchObject({ line: 49, column: 13, code: 'unknown-reference' });
  });

  it('should confirm batch --out in one line, and refuse --shard without --out', async () => {
    const out = join(temp(), 'odds.json');
    const r = await statecraft('batch', '--runs', '500', '--workers', '1', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote the json report of 500 runs to ${out}\n`);
    expect(JSON.parse(readFileSync(out, 'utf8')).runs).toBe(500);
    const shard = await statecraft('batch', '--runs', '500', '--shard', '1/2');
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--shard writes a file for statecraft merge, not a report: add --out FILE');
    expect(shard.stdout).toBe('');
  });

  it('should print a paths replay command that starts from the session, and that replay reaches the target', async () => {
    const file = join(temp(), 'a.session.json');
    expect((await statecraft('run', '--steps', 'advance', '--save', file)).code).toBe(0);
    const r = await statecraft('paths', '--to', 'redefined_mission', '--max', '1', '--max-states', '5000', '--from', file);
    const replay = /replay: statecraft (run .*)$/m.exec(r.stdout)?.[1] ?? '';
    expect(replay).toContain(`--from ${file}`);
    const args = [...replay.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
    const run = await statecraft(...args, '--format', 'json');
    expect(JSON.parse(run.stdout).final.outcome).toBe('redefined_mission');
  });

  it('should replay a session on a changed scenario only when asked, report what no longer applies, and leave the file alone', async () => {
    const dir = temp();
    const yaml = join(dir, 'minimal.yaml');
    const original = readFileSync('test/fixtures/valid/minimal.yaml', 'utf8');
    writeFileSync(yaml, original);
    const file = join(dir, 'm.session.json');
    expect((await statecraft('run', yaml, '--steps', 'shock,advance', '--save', file)).code).toBe(0);
    const saved = readFileSync(file, 'utf8');
    writeFileSync(yaml, original.replace('initial: 50', 'initial: 55').replace('add: 30', 'add: 5'));
    const refused = await statecraft('run', yaml, '--from', file, '--steps', 'advance');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('has changed since this session was saved');
    expect(refused.stderr).toContain('--replay');
    writeFileSync(yaml, original.replace(/ {2}shock:\n(?: {4}.*\n)+/, ''));
    const r = await statecraft('run', yaml, '--from', file, '--replay', '--steps', 'advance', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 step replayed; 1 no longer applies');
    expect(r.stderr).toContain('branch main, action 1 (shock): unknown trigger "shock"');
    expect(readFileSync(file, 'utf8')).toBe(saved);
  });
});
