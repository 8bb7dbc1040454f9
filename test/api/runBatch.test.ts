// The library's batch: the same report as the command line, progress as it goes, and a clean stop on abort.
import { describe, expect, it } from 'vitest';
import { runBatch, UsageError } from '../../src/index.js';
import { statecraft } from '../helpers.js';

describe('runBatch', () => {
  it('should give the report that `statecraft batch --format json` prints for the same options', async () => {
    const report = await runBatch({ runs: 3000, seed: 5, workers: 1, force: ['israel_iran_war@2025-10'] });
    const cli = await statecraft('batch', '--runs', '3000', '--seed', '5', '--workers', '1', '--force', 'israel_iran_war@2025-10', '--format', 'json');
    expect(`${JSON.stringify(report, null, 2)}\n`).toBe(cli.stdout);
    expect(report.forcedSkipped['israel_iran_war@2025-10']).toBeGreaterThan(0);
  });

  it('should report progress up to the total, and stop early with a partial report when aborted', async () => {
    const seen: [number, number][] = [];
    await runBatch({ scenario: 'base-closure', runs: 3000, workers: 1, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual([3000, 3000]);
    expect(seen.map(([done]) => done)).toEqual([...seen.map(([done]) => done)].sort((a, b) => a - b));

    const stop = new AbortController();
    const partial = await runBatch({ scenario: 'base-closure', runs: 3000, workers: 1, signal: stop.signal, onProgress: () => stop.abort() });
    expect(partial.partial).toBe(true);
    expect(partial.runs).toBeGreaterThan(0);
    expect(partial.runs).toBeLessThan(3000);
  });

  it('should refuse bad options with a usage error that says how to fix them', async () => {
    await expect(runBatch({ runs: 0 })).rejects.toThrow(UsageError);
    await expect(runBatch({ runs: 10, force: ['isis_resurgance@2026-01'] })).rejects.toMatchObject({ hint: 'did you mean "isis_resurgence"?' });
  });
});
