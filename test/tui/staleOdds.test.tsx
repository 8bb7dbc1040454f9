// After a step, odds computed for the world before it are never shown as current: the very next frame says "updating…".
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import type { LiveOdds } from '../../src/analysis/liveOdds.js';
import { startSession } from '../../src/engine/session.js';
import { App } from '../../src/tui/App.js';
import { initialUiState } from '../../src/tui/uiState.js';
import type { OddsService, OddsState } from '../../src/workers/oddsService.js';
import { fixtureStepper } from '../helpers.js';

const odds: LiveOdds = { runs: 10_000, outcomes: [{ id: 'calm', p: 0.25, ci95: [0.24, 0.26] }], drivers: [] } as unknown as LiveOdds;

/** A service that answers the first world at once, then is slow (it says nothing, like a busy worker). */
function slowService(): OddsService {
  let listener: ((s: OddsState) => void) | null = null;
  let asked = 0;
  return {
    request: () => {
      if (asked++ === 0) listener?.({ kind: 'ready', odds });
    },
    requestDrivers: () => {},
    cancelDrivers: () => {},
    subscribeDrivers: () => () => {},
    subscribe: (l) => {
      listener = l;
      l({ kind: 'off' });
      return () => (listener = null);
    },
    close: () => listener?.({ kind: 'off' }),
  };
}

describe('live odds after a step', () => {
  it('should show "updating…" in the first frame after a step, not the old odds as fresh', async () => {
    const stepper = fixtureStepper('minimal');
    const app = render(
      <App
        initial={initialUiState(startSession(stepper, 1), 'en', null, null, true)}
        io={{
          readSession: () => {
            throw new Error('no');
          },
          writeSession: () => {},
        }}
        odds={slowService()}
        size={{ columns: 80, rows: 24 }}
      />,
    );
    await vi.waitFor(() => expect(app.lastFrame()).toContain('calm 25.0% (24.0–26.0) (10k runs; 95% over runs)'));
    app.stdin.write('\r');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('fired shock: step 1'));
    expect(app.lastFrame()).toContain('calm 25.0% (24.0–26.0) (updating…)');
    expect(app.lastFrame()).not.toContain('(10k runs');
    app.stdin.write('j');
    await vi.waitFor(() => expect(app.lastFrame()).not.toContain('fired shock'));
    expect(app.lastFrame(), "still the old world's odds: never shown as fresh").toContain('calm 25.0% (24.0–26.0) (updating…)');
    app.unmount();
  });
});
