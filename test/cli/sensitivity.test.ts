import { describe, expect, it } from 'vitest';
import { once, statecraft } from '../helpers.js';

type Swing = { delta: number; ci95: [number, number] };
type Report = { baseline: Record<string, number>; parameters: { parameter: string; swing: Record<string, Swing> }[] };
/** The report at the default run count for a seed; seed 1 serves several tests. */
const atDefault = async (seed: string) => JSON.parse((await statecraft('sensitivity', '--seed', seed, '--workers', '1', '--format', 'json')).stdout);
const seedOne = once(() => atDefault('1'));
const top3 = once(async () => (await statecraft('sensitivity', '--runs', '500', '--workers', '1', '--top', '3')).stdout);

describe('statecraft sensitivity', { timeout: 300_000 }, () => {
  it('should vary every chance and start value and show which way each moves the odds', async () => {
    const r = await seedOne();
    const params = r.parameters.map((p: { parameter: string }) => p.parameter);
    expect(params).toContain('triggers.drone_attack_erbil.chance');
    expect(params).toContain('indicators.security_need.initial');
    expect(params).not.toContain('triggers.phase_two_deadline.chance');
    const drones = r.parameters.find((p: { parameter: string }) => p.parameter === 'triggers.drone_attack_erbil.chance');
    expect(drones.highOdds.kurdistan_deal).toBeGreaterThan(drones.lowOdds.kurdistan_deal + 0.05);
    const need = r.parameters.find((p: { parameter: string }) => p.parameter === 'indicators.security_need.initial');
    expect(need).toMatchObject({ base: '55', low: '27.5', high: '82.5' });
    expect(need.highOdds.full_exit).toBeLessThan(need.lowOdds.full_exit);
  });

  it('should give the same top 3 of every tornado for two seeds at the default run count, wherever the runs can tell the rows apart', async () => {
    const one: Report = await seedOne();
    const two: Report = await atDefault('2');
    // Row x is ahead of row y for sure when even the small end of x's interval is bigger than the big end of y's.
    const apart = (x: Swing, y: Swing) => Math.min(...x.ci95.map(Math.abs)) > Math.max(...y.ci95.map(Math.abs));
    let settled = 0;
    for (const outcome of Object.keys(one.baseline)) {
      const ranked = (r: Report) => [...r.parameters].sort((a, b) => Math.abs(b.swing[outcome]?.delta ?? 0) - Math.abs(a.swing[outcome]?.delta ?? 0));
      for (const [mine, other] of [
        [ranked(one), ranked(two)],
        [ranked(two), ranked(one)],
      ] as const) {
        const fourth = mine[3]?.swing[outcome] as Swing;
        for (const p of mine.slice(0, 3)) {
          if (!apart(p.swing[outcome] as Swing, fourth)) continue;
          settled++;
          expect(
            other.slice(0, 3).map((x) => x.parameter),
            `${outcome}: ${p.parameter} is clearly in the top 3 with one seed`,
          ).toContain(p.parameter);
        }
        // Within the top 3, two rows may swap only where their intervals overlap (the seed cannot tell them apart).
        const top = mine.slice(0, 3);
        for (const [i, p] of top.entries())
          for (const q of top.slice(i + 1))
            if (apart(p.swing[outcome] as Swing, q.swing[outcome] as Swing))
              expect(
                other.findIndex((x) => x.parameter === p.parameter),
                `${outcome}: ${p.parameter} before ${q.parameter}`,
              ).toBeLessThan(other.findIndex((x) => x.parameter === q.parameter));
      }
    }
    expect(settled, 'rows that the default run count places in the top 3 for sure').toBeGreaterThanOrEqual(6);
  });

  it('should give each swing a paired interval, mark noise, and name the guards a range crosses', async () => {
    const r = await seedOne();
    expect(r.provenance).toMatchObject({ scenario: { id: 'iraq-coalition' }, seed: 1, runs: 2000, sets: [], statecraft: expect.any(String) });
    const isis = r.parameters.find((p: { parameter: string }) => p.parameter === 'triggers.isis_resurgence.chance');
    expect(isis.swing.kurdistan_deal.noise, 'ISIS barely touches a Kurdistan deal').toBe(true);
    expect(isis.swing.full_exit.noise).toBe(false);
    expect(isis.swing.full_exit.ci95[1]).toBeLessThan(0);
    const need = r.parameters.find((p: { parameter: string }) => p.parameter === 'indicators.security_need.initial');
    expect(need.crosses.map((g: { path: string; threshold: number }) => `${g.path}@${g.threshold}`)).toContain(
      'triggers.phase_two_deadline.transitions[0].guard@70',
    );
    const text = await top3();
    expect(text).toMatch(
      /indicators\.security_need\.initial 27\.5 → 82\.5 crosses 70 in triggers\.phase_two_deadline\.transitions\[0\]\.guard \(indicators\.security_need >= 70\.0, /,
    );
    expect(text).toMatch(/swing [+−][\d.]+ \([+−][\d.]+ to [+−][\d.]+\)/);
  });

  it('should draw tornado charts ranked by swing, the --top rows of each', async () => {
    const text = await top3();
    expect(text).toContain('Sensitivity of iraq-coalition: each assumption at ±50%, 500 runs per variant (the same random streams)');
    expect(text).toContain('  scenario iraq-coalition (fingerprint ');
    expect(text).toMatch(/kurdistan_deal: baseline [\d.]+%/);
    expect(text.split('\n').filter((l) => l.includes('│'))).toHaveLength(9);
  });

  it('should refuse a range that is not a percentage', async () => {
    expect(await statecraft('sensitivity', '--range', '150%')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('give a percentage between 0 and 100'),
    });
  });
});

describe('statecraft sweep', () => {
  it('should run every grid point and write CSV', async () => {
    const lines = (
      await statecraft('sweep', '--grid', 'triggers.isis_resurgence.chance=0:0.2:3,indicators.security_need.initial=40:80:2', '--runs', '500', '--workers', '1')
    ).stdout
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'triggers.isis_resurgence.chance,indicators.security_need.initial,kurdistan_deal_p,kurdistan_deal_lo,kurdistan_deal_hi,full_exit_p,full_exit_lo,full_exit_hi,redefined_mission_p,redefined_mission_lo,redefined_mission_hi,scenario,scenario_fingerprint,seed,runs,what_ifs,from_session,statecraft',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['0,40', '0,80', '0.1,40', '0.1,80', '0.2,40', '0.2,80']);
    expect(lines[1]).toMatch(/,iraq-coalition,[0-9a-f]{16},1,500,,,\d+\.\d+\.\d+$/);
    const exit = (l: string) => Number(l.split(',')[5]);
    expect(exit(lines[1] as string)).toBeGreaterThan(exit(lines[5] as string));
  });

  it('should exit 2 on a malformed grid', async () => {
    const r = await statecraft('sweep', '--grid', 'triggers.isis_resurgence.chance=0.2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--grid item 1 ("triggers.isis_resurgence.chance=0.2"): write PATH=FROM:TO:COUNT');
  });
});
