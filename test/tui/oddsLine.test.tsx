import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { liveOdds } from '../../src/analysis/liveOdds.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { initialWorld } from '../../src/engine/world.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { OddsLine } from '../../src/tui/components/OddsLine.js';
import { helpOverlayLines } from '../../src/tui/modeKeys.js';
import { driverLines } from '../../src/tui/overlayLines.js';

const kernelOf = (file: string) => createKernel(compileScenario(readScenario(file, readFileSync(file, 'utf8'))));

describe('live odds with ranges', () => {
  it('should show the band across parameter draws next to each outcome', () => {
    const odds = {
      runs: 10_000,
      outcomes: [
        { id: 'redefined', p: 0.724, ci95: [0.715, 0.733] as const, band: [0.571, 0.78] as const },
        { id: 'exit', p: 0.276, ci95: [0.267, 0.285] as const, band: [0.22, 0.429] as const },
      ],
      undecided: 0,
      drivers: [],
    };
    const r = render(<OddsLine odds={{ kind: 'ready', odds }} focused={false} width={80} />);
    expect(r.lastFrame(), 'the band names itself').toBe('ODDS redefined 72.4% (57–78) · exit 27.6% (22–43)\n     (10k runs; 10–90% over guesses)');
    r.unmount();
  });

  it('should compute a band only when the scenario declares ranges, with P inside it', () => {
    const ranged = kernelOf('test/fixtures/uncertain/ranges.yaml');
    const odds = liveOdds(ranged, initialWorld(ranged.ir), 4000, 1);
    const fallen = odds.outcomes.find((o) => o.id === 'fallen');
    expect(fallen?.band?.[0]).toBeLessThan(fallen?.band?.[1] ?? 0);
    expect(fallen?.p).toBeGreaterThanOrEqual(fallen?.band?.[0] ?? 1);
    expect(fallen?.p).toBeLessThanOrEqual(fallen?.band?.[1] ?? 0);
    const plain = kernelOf('test/fixtures/valid/minimal.yaml');
    expect(liveOdds(plain, initialWorld(plain.ir), 1000, 1).outcomes.every((o) => o.band === undefined)).toBe(true);
  });

  describe('every probability with its uncertainty', () => {
    const plain = { kind: 'ready' as const, odds: { runs: 10_000, outcomes: [], undecided: 0 } };
    const draw = (outcomes: { id: string; p: number; ci95: readonly [number, number] }[]) => {
      const r = render(<OddsLine odds={{ ...plain, odds: { ...plain.odds, outcomes } }} focused={false} width={80} />);
      const frame = r.lastFrame();
      r.unmount();
      return frame;
    };

    it('should show the 95% interval over the runs when the scenario has no ranges', () => {
      expect(
        draw([
          { id: 'agreement', p: 0.161, ci95: [0.154, 0.168] },
          { id: 'closed', p: 0.839, ci95: [0.832, 0.846] },
        ]),
      ).toBe('ODDS agreement 16.1% (15.4–16.8) · closed 83.9% (83.2–84.6)\n     (10k runs; 95% over runs)');
    });

    it('should say so when every run ends alike rather than show an empty interval', () => {
      expect(
        draw([
          { id: 'agreement', p: 1, ci95: [0.9996, 1] },
          { id: 'closed', p: 0, ci95: [0, 0.0004] },
        ]),
      ).toBe('ODDS agreement 100.0% · closed 0.0% (10k runs, every one ends alike)');
    });

    it('should explain both intervals in the help overlay', () => {
      const help = helpOverlayLines('en').join('\n');
      expect(help).toContain('(10–22) after a percentage on the ODDS line is its 10–90% band over guesses');
      expect(help).toContain('95% over runs');
    });

    it('should name the interval of the drivers overlay', () => {
      const lines = driverLines({ kind: 'ready', drivers: { runs: 2000, baseline: [{ id: 'deal', p: 0.156, ci95: [0.149, 0.163] }], effects: [] } });
      expect(lines).toContain('deal  15.6%  (95% over runs: 14.9%–16.3%)');
      expect(lines[0]).toContain('at the central value of each ranged guess');
    });
  });
});
