// A seat facing a host it cannot trust (a fake or another version) or one that says "wait": it refuses what it cannot read, escapes what it shows, and waits.
import { afterEach, describe, expect, it } from 'vitest';
import { connectSeat, type SeatConnection, type SeatProblem } from '../../src/server/connectSeat.js';
import type { SeatView } from '../../src/server/seatView.js';
import { type FakeHost, fakeHost, viewWith, welcome } from './fakeHost.js';

const open: (FakeHost | SeatConnection)[] = [];
afterEach(async () => {
  for (const x of open.splice(0)) 'port' in x ? await x.close() : x.close();
});

type Heard = { statuses: [string, SeatProblem | undefined][]; views: SeatView[]; labels: string[]; wait(p: () => boolean): Promise<void> };

/** A seat on the fake host that records what it is told. */
function seatOn(host: FakeHost): Heard {
  const waiters: (() => void)[] = [];
  const poke = () => {
    for (const w of waiters.splice(0)) w();
  };
  const heard: Heard = {
    statuses: [],
    views: [],
    labels: [],
    wait: (p) =>
      new Promise<void>((resolve) => {
        const look = () => (p() ? resolve() : waiters.push(look));
        look();
      }),
  };
  const conn = connectSeat(
    `ws://127.0.0.1:${host.port}`,
    'abcdefghijklmnopqrstuv',
    {
      onStatus: (s, why) => {
        heard.statuses.push([s, why]);
        poke();
      },
      onView: (v) => {
        heard.views.push(v);
        poke();
      },
      onWelcome: (seat) => heard.labels.push(seat.label),
    },
    { maxBackoffMs: 50 },
  );
  open.push(conn);
  return heard;
}

describe('a host the seat cannot read', () => {
  it('should refuse a welcome whose view is malformed, once, and not reconnect', async () => {
    const host = await fakeHost(() => [welcome({ lang: 'en' })]);
    open.push(host);
    const seat = seatOn(host);
    await seat.wait(() => seat.statuses.some(([s]) => s === 'refused'));
    expect(seat.statuses.at(-1)).toEqual(['refused', { kind: 'refused', code: 'bad-host', message: 'unreadable message from the host' }]);
    expect(seat.views).toEqual([]);
    expect(host.hellos()).toBe(1);
  });

  it('should refuse a frame that is not JSON, or a message of no known type', async () => {
    for (const frame of ['not json', { type: 'view' }, { type: 'surprise' }, { type: 'error', code: 'gone', message: 'x' }]) {
      const host = await fakeHost(() => [welcome(viewWith('ok')), frame]);
      open.push(host);
      const seat = seatOn(host);
      await seat.wait(() => seat.statuses.some(([s]) => s === 'refused'));
      expect(seat.statuses.at(-1)?.[1]).toMatchObject({ code: 'bad-host' });
    }
  });

  it('should show the host’s texts with their control characters escaped (no window title, no clipboard write)', async () => {
    const hostile = 'HOSTILE \u001b]0;PWNTITLE\u0007\u001b[2J\u001b]52;c;aGk=\u0007 \u009b31m';
    const host = await fakeHost(() => [welcome(viewWith(hostile), hostile)]);
    open.push(host);
    const seat = seatOn(host);
    await seat.wait(() => seat.views.length > 0);
    const texts: string[] = [];
    JSON.stringify([seat.views[0], seat.labels], (_k, v) => {
      if (typeof v === 'string') texts.push(v);
      return v;
    });
    const controls = texts.flatMap((x) => [...x].filter((c) => /\p{Cc}/u.test(c) && c !== '\n' && c !== '\t'));
    expect(texts.length).toBeGreaterThanOrEqual(30);
    expect(controls).toEqual([]);
    expect(seat.views[0]?.briefing).toBe('HOSTILE \\x1b]0;PWNTITLE\\x07\\x1b[2J\\x1b]52;c;aGk=\\x07 \\x9b31m');
    expect(seat.labels).toEqual([seat.views[0]?.briefing]);
  });
});

describe('a host that says wait', () => {
  it('should wait out a lockout and join by itself after it', async () => {
    const host = await fakeHost((n) =>
      n === 0 ? [{ type: 'error', code: 'locked-out', message: 'too many wrong codes; try again in 1 s', retryAfterMs: 100 }] : [welcome(viewWith('in'))],
    );
    open.push(host);
    const seat = seatOn(host);
    await seat.wait(() => seat.statuses.some(([s]) => s === 'online'));
    expect(seat.statuses.map(([s, why]) => (why?.kind === 'refused' ? `${s}:${why.code}` : s))).toEqual([
      'connecting',
      'offline:locked-out',
      'connecting',
      'online',
    ]);
    expect(host.hellos()).toBe(2);
  });
});
