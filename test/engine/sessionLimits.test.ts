import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type HistoryNode, pathTo } from '../../src/engine/historyNode.js';
import { branch, fire, type Session, startSession } from '../../src/engine/session.js';
import { parseSession } from '../../src/engine/sessionFile.js';
import { MAX_ITEMS } from '../../src/files/limits.js';
import { shippedStepper, statecraft } from '../helpers.js';

const stepper = shippedStepper('iraq-coalition');
const { id, fingerprint } = stepper.ir;
const drone = { kind: 'fire', trigger: 'drone_attack_erbil' } as const;
const fileOf = (branches: Record<string, readonly unknown[]>, cursor = 0) =>
  JSON.stringify({ format: 'statecraft-session', version: 3, scenario: { id, fingerprint }, seed: 1, branch: 'main', cursor, branches });
const many = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe('the size of a session', () => {
  it('should refuse a file over each limit before replaying it', () => {
    const { branchActions, sessionActions, sessionBranches } = MAX_ITEMS;
    expect(() => parseSession(fileOf({ main: many(branchActions + 1, drone) }), 'long.json', stepper)).toThrow(
      'long.json: branch "main" holds 10,001 actions, more than the limit of 10,000',
    );
    const wide = Object.fromEntries(Array.from({ length: sessionActions / branchActions + 1 }, (_, i) => [i ? `b${i}` : 'main', many(branchActions, drone)]));
    expect(() => parseSession(fileOf(wide), 'wide.json', stepper)).toThrow(
      'wide.json: the session holds 110,000 actions over its branches, more than the limit of 100,000',
    );
    const bushy = Object.fromEntries(Array.from({ length: sessionBranches + 1 }, (_, i) => [i ? `b${i}` : 'main', []]));
    expect(() => parseSession(fileOf(bushy), 'bushy.json', stepper)).toThrow('bushy.json: the session holds 10,001 branches, more than the limit of 10,000');
  });

  it('should open a branch at the limit, its worlds shared while nothing changes, and refuse one more action', () => {
    const s = parseSession(fileOf({ main: many(MAX_ITEMS.branchActions, drone) }, MAX_ITEMS.branchActions), 'full.json', stepper);
    const path = pathTo(s.cursor);
    expect(path).toHaveLength(MAX_ITEMS.branchActions + 1);
    // The attack stops changing anything once its indicators are clamped: the worlds after that are one object.
    const worlds = new Set(path.map((n) => n.world));
    expect(worlds.size).toBeLessThan(60);
    expect(() => fire(s, 'drone_attack_erbil')).toThrow('this branch holds 10,000 actions, the most a session branch may hold');
  });

  it('should refuse a branch or an action over the session’s limits while playing', () => {
    const root = startSession(stepper, 1);
    const full = (depth: number): HistoryNode => ({ ...root.cursor, depth });
    const heads = (n: number, depth: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i ? `b${i}` : 'main', full(depth)]));
    const bushy: Session = { ...root, branches: heads(MAX_ITEMS.sessionBranches, 0) };
    expect(() => branch(bushy, 'one-more')).toThrow('the session holds 10,000 branches, the most a session may hold');
    const heavy: Session = { ...root, branches: { ...heads(10, 10_000), fresh: root.cursor }, branch: 'fresh' };
    expect(() => fire(heavy, 'drone_attack_erbil')).toThrow('the session holds 100,000 actions over its branches, the most a session may hold');
    expect(fire({ ...heavy, branches: { ...heads(9, 10_000), fresh: root.cursor } }, 'drone_attack_erbil').cursor.depth).toBe(1);
  });

  it('should exit 1 with the message when run opens a session over the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-limit-'));
    const file = join(dir, 'many.json');
    writeFileSync(file, fileOf({ main: many(MAX_ITEMS.branchActions + 1, drone) }));
    const r = await statecraft('run', 'iraq-coalition', '--from', file, '--steps', 'advance');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('many.json: branch "main" holds 10,001 actions, more than the limit of 10,000');
    expect(r.stdout).toBe('');
  });
});
