// A seat the host tells to wait: it says why and for how long, without the unreachable host's advice, then joins by itself.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectSeat, type SeatEvents } from '../../src/server/connectSeat.js';
import { SeatApp } from '../../src/tui/seat/SeatApp.js';
import { PATIENCE } from '../helpers.js';
import { fakeHost, viewWith, welcome } from '../server/fakeHost.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

describe('a seat told to wait', () => {
  it('should say it tries again after the lockout, then join by itself', async () => {
    const host = await fakeHost((n) =>
      n === 0 ? [{ type: 'error', code: 'locked-out', message: 'too many wrong codes', retryAfterMs: 3000 }] : [welcome(viewWith('Briefing of the class'))],
    );
    cleanup.push(() => host.close());
    const connect = (events: SeatEvents) => {
      const conn = connectSeat(`ws://127.0.0.1:${host.port}`, 'abcdefghijklmnopqrstuv', events, { maxBackoffMs: 50 });
      cleanup.push(() => conn.close());
      return conn;
    };
    const app = render(<SeatApp connect={connect} size={{ columns: 80, rows: 24 }} bidi="terminal" />);
    cleanup.push(() => app.unmount());
    const frame = () => (app.lastFrame() ?? '').replace(/\s+/g, ' ');
    await vi.waitFor(() => expect(frame()).toContain('too many wrong codes from this computer: trying again in 3 s'), PATIENCE);
    expect(frame()).not.toContain('Check the address');
    await vi.waitFor(() => expect(frame()).toContain('Briefing of the class'), PATIENCE);
    expect(host.hellos()).toBe(2);
  });
});
