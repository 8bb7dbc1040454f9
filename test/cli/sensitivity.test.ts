import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

describe('statecraft sensitivity', () => {
  it('should vary every chance and start value and show which way each moves the odds', async () => {
    const r = JSON.parse((await statecraft('sensitivity', '--runs', '400', '--workers', '1', '--format', 'json')).stdout);
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

  it('should draw tornado charts ranked by swing', async () => {
    const text = (await statecraft('sensitivity', '--runs', '500', '--workers', '1', '--top', '2')).stdout;
    expect(text).toContain('Sensitivity of iraq-coalition: each assumption at ±50%, 500 runs per variant (same seed)');
    expect(text).toMatch(/kurdistan_deal: baseline [\d.]+%/);
    expect(text.split('\n').filter((l) => l.startsWith('  triggers.') || l.startsWith('  indicators.'))).toHaveLength(6);
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
      'triggers.isis_resurgence.chance,indicators.security_need.initial,kurdistan_deal_p,kurdistan_deal_lo,kurdistan_deal_hi,full_exit_p,full_exit_lo,full_exit_hi,redefined_mission_p,redefined_mission_lo,redefined_mission_hi',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['0,40', '0,80', '0.1,40', '0.1,80', '0.2,40', '0.2,80']);
    const exit = (l: string) => Number(l.split(',')[5]);
    expect(exit(lines[1] as string)).toBeGreaterThan(exit(lines[5] as string));
  });

  it('should exit 2 on a malformed grid', async () => {
    const r = await statecraft('sweep', '--grid', 'triggers.isis_resurgence.chance=0.2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--grid item 1 ("triggers.isis_resurgence.chance=0.2"): write PATH=FROM:TO:COUNT');
  });
});
