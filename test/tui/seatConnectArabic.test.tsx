// A seat before and while it joins, in the language of `join --lang`: connecting, an unreachable host, a refused code; and the host's refusals in the host's language.
import { createServer } from 'node:net';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { connectSeat, type SeatConnection, type SeatEvents } from '../../src/server/connectSeat.js';
import type { AckStatus } from '../../src/server/protocol.js';
import { SeatApp } from '../../src/tui/seat/SeatApp.js';
import { PATIENCE } from '../helpers.js';
import { type Hosted, hostHarir } from '../server/hostFixture.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0)) await f();
});

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A seat's screen at 80×24 (logical order), joined to `url` with `code` in `lang`. */
function seat(url: string, code: string, lang?: string) {
  const connect = (events: SeatEvents) => {
    const conn = connectSeat(url, code, events, { maxBackoffMs: 200 });
    cleanup.push(() => conn.close());
    return conn;
  };
  const app = render(<SeatApp connect={connect} size={{ columns: 80, rows: 24 }} bidi="terminal" {...(lang ? { lang } : {})} />);
  cleanup.push(() => app.unmount());
  /** The screen with spaces folded: a long message wraps whole over several lines. */
  const frame = () => withoutIsolates(app.lastFrame() ?? '').replace(/\s+/g, ' ');
  const waitFor = (text: string) => vi.waitFor(() => expect(frame()).toContain(text), PATIENCE);
  return { frame, waitFor };
}

/** A connection that never hears from the host. */
const silent = (): SeatConnection => ({ send: () => '', unanswered: () => 0, close: () => {} });

describe('a seat before the host answers', () => {
  it('should say it is connecting in the language of join --lang, English by default', () => {
    const ar = render(<SeatApp connect={silent} size={{ columns: 80, rows: 24 }} bidi="terminal" lang="ar" />);
    expect(ar.lastFrame()).toContain('جارٍ الاتصال بالمضيف…');
    expect(ar.lastFrame()).not.toMatch(/Connecting|connecting/);
    ar.unmount();
    const en = render(<SeatApp connect={silent} size={{ columns: 80, rows: 24 }} bidi="terminal" />);
    expect(en.lastFrame()).toContain('Connecting to the host…');
    en.unmount();
  });

  it('should say in Arabic that the host cannot be reached, with the address and the system code as written, and keep trying', async () => {
    const port = await closedPort();
    const { frame, waitFor } = seat(`ws://127.0.0.1:${port}`, 'any', 'ar');
    await waitFor(`تعذّر الوصول إلى المضيف على 127.0.0.1:${port} (ECONNREFUSED)؛ إعادة المحاولة…`);
    expect(frame()).toContain('جارٍ الاتصال بالمضيف…');
    expect(frame(), 'what to check, whole').toContain('تحقق من العنوان الذي أعطاك إياه الميسّر');
    expect(frame()).not.toMatch(/cannot reach|Check the address/);
  });

  it('should say in Arabic that a code opens no seat, though the host speaks English', async () => {
    const hosted: Hosted = await hostHarir();
    cleanup.push(() => hosted.host.close());
    const { frame, waitFor } = seat(`ws://127.0.0.1:${hosted.host.port}`, 'not-a-code', 'ar');
    await waitFor('هذا الرمز لا يفتح مقعداً في هذا التمرين: تحقق من الرمز الذي أعطاك إياه الميسّر');
    expect(frame()).toContain('مرفوض');
    expect(frame(), 'refused: no longer connecting').not.toContain('جارٍ الاتصال بالمضيف');
    expect(frame()).not.toMatch(/this code|seat of this exercise/);
  });

  it('should say in English that a code opens no seat, by default', async () => {
    const hosted: Hosted = await hostHarir();
    cleanup.push(() => hosted.host.close());
    const { waitFor } = seat(`ws://127.0.0.1:${hosted.host.port}`, 'not-a-code');
    await waitFor('this code does not open a seat of this exercise: check the code the facilitator gave you');
  });
});

describe('a seat joined to a host in Arabic', () => {
  it('should read a refused move in the host language, ids as written', async () => {
    const hosted: Hosted = await hostHarir(undefined, undefined, 0, 'ar');
    cleanup.push(() => hosted.host.close());
    const acks: { id: string; status: AckStatus; message: string | undefined }[] = [];
    let online = false;
    const conn = connectSeat(`ws://127.0.0.1:${hosted.host.port}`, hosted.codes.roles.erbil as string, {
      onStatus: (s) => {
        online ||= s === 'online';
      },
      onAck: (id, status, message) => acks.push({ id, status, message }),
    });
    cleanup.push(() => conn.close());
    await vi.waitFor(() => expect(online).toBe(true), PATIENCE);
    const id = conn.send({ kind: 'move', trigger: 'no_such_move' });
    await vi.waitFor(() => expect(acks.find((a) => a.id === id)?.status).toBe('refused'), PATIENCE);
    const message = withoutIsolates(acks.find((a) => a.id === id)?.message ?? '');
    expect(message).toMatch(/^«no_such_move» ليست نقلة يستطيعها الدور erbil الآن \(نقلاته الممكنة الآن: /);
    expect(message).not.toMatch(/is not a move|legal moves/);
  });
});
