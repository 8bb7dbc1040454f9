import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

const STEPS = 'drone_attack_erbil,drone_attack_erbil,advance,drone_attack_erbil,krg_requests_deal';

describe('odds over time', () => {
  it('run --odds should give the odds after every action, certain once the outcome is decided', async () => {
    const r = await statecraft('run', '--steps', STEPS, '--odds', '300', '--format', 'json');
    expect(r.code).toBe(0);
    const run = JSON.parse(r.stdout);
    expect(run.odds.runs).toBe(300);
    expect(run.odds.points.map((p: { step: number }) => p.step)).toEqual([0, 1, 2, 5, 6, 7]);
    const last = run.odds.points[5];
    expect(run.final.outcome).toBe('kurdistan_deal');
    expect(last.outcomes.kurdistan_deal.p).toBe(1);
    expect(run.odds.points[0].outcomes.kurdistan_deal.p).toBeLessThan(0.5);
  });

  it('run --odds should draw a sparkline per outcome in text and a table in md', async () => {
    const text = (await statecraft('run', '--steps', STEPS, '--odds', '300')).stdout;
    expect(text).toMatch(/^ {2}kurdistan_deal +\d+% [▁▂▃▄▅▆▇█]{6} 100%$/m);
    const md = (await statecraft('run', '--steps', 'advance', '--odds', '300', '--format', 'md')).stdout;
    expect(md).toContain('## Odds after every step');
    expect(md).toMatch(/\| 0 \| 2025-09 \| \d+% \(/);
  });

  it('batch --over-time should add P(decided by month) for every month, ending at the batch odds', async () => {
    const r = JSON.parse((await statecraft('batch', '--runs', '3000', '--over-time', '--format', 'json', '--workers', '1')).stdout);
    expect(r.cumulative.map((row: { date: string }) => row.date)).toHaveLength(13);
    const last = r.cumulative[12];
    for (const [id, o] of Object.entries(r.outcomes as Record<string, { p: number }>)) expect(last.outcomes[id].p).toBe(o.p);
    const text = (await statecraft('batch', '--runs', '3000', '--over-time', '--workers', '1')).stdout;
    expect(text).toContain('ODDS OVER TIME: P(outcome decided by the end of the month), 95% interval');
  });

  it('signposts should list the events worth watching per month as text and json', async () => {
    const r = await statecraft('signposts', '--runs', '4000', '--top', '3', '--month', '2026-01');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('BY THE END OF 2026-01');
    expect(r.stdout).not.toContain('BY THE END OF 2025-12');
    const j = JSON.parse((await statecraft('signposts', '--runs', '4000', '--top', '3', '--format', 'json')).stdout);
    expect(j.format).toBe('statecraft-signposts');
    expect(j.months).toHaveLength(13);
    expect(j.months[4].best).toHaveLength(3);
    expect((await statecraft('signposts', '--month', '2030-01')).code).toBe(2);
  });
});
