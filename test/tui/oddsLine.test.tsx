import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { liveOdds } from '../../src/analysis/liveOdds.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { initialWorld } from '../../src/engine/world.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { OddsLine } from '../../src/tui/components/OddsLine.js';

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
    expect(r.lastFrame()).toBe('ODDS redefined 72.4% (57–78) · exit 27.6% (22–43) (10k runs)');
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
});
