import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('a closed pipe on stdout', () => {
  it.each([['list'], ['batch base-closure --runs 200 --format csv']])('should end `statecraft %s | head -1` quietly', (args) => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node dist/cli/bin.js ${args} | head -1`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.status).toBe(0);
  });
});
