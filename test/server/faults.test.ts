// Faults and load: a seat that drops, a host that dies and resumes, thirty seats at once. Nothing lost, nothing applied twice.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { connectSeat, type SeatConnection } from '../../src/server/connectSeat.js';
import type { AckStatus } from '../../src/server/protocol.js';
import { joined } from './hostClient.js';
import { type Hosted, hostHarir } from './hostFixture.js';

const open: (Hosted | SeatConnection)[] = [];
afterEach(async () => {
  for (const x of open.splice(0)) 'host' in x ? await x.host.close() : x.close();
});

type Events = { acks: { id: string; status: AckStatus }[]; statuses: string[]; wait(p: () => boolean): Promise<void> };
function seat(url: string, code: string): { conn: SeatConnection; ev: Events } {
  const waiters: (() => void)[] = [];
  const poke = () => {
    for (const w of waiters.splice(0)) w();
  };
  const ev: Events = {
    acks: [],
    statuses: [],
    wait: (p) =>
      new Promise<void>((resolve) => {
        const look = () => (p() ? resolve() : waiters.push(look));
        look();
      }),
  };
  const conn = connectSeat(
    url,
    code,
    {
      onAck: (id, status) => {
        ev.acks.push({ id, status });
        poke();
      },
      onStatus: (s) => {
        ev.statuses.push(s);
        poke();
      },
      onView: poke,
    },
    { maxBackoffMs: 200 },
  );
  open.push(conn);
  return { conn, ev };
}
const entries = (h: Hosted) => JSON.parse(readFileSync(h.transcript, 'utf8')).entries as { kind: string; team?: string; by?: { action: string } }[];
const P = { kurdistan_deal: 0.2, full_exit: 0.3, redefined_mission: 0.5 };

describe('faults', () => {
  it('should keep a proposal across the host dying, re-offer it after --resume, and apply it once', async () => {
    const first = await hostHarir();
    while (first.host.desk().run.session.cursor.world.month < 6) first.host.act({ kind: 'advance' });
    const { conn, ev } = seat(`ws://127.0.0.1:${first.host.port}`, first.codes.roles.erbil as string);
    await ev.wait(() => ev.statuses.includes('online'));
    const id = conn.send({ kind: 'decide', decision: 'erbil_asks', choice: 'pass' });
    await ev.wait(() => ev.acks.some((a) => a.id === id && a.status === 'pending'));
    await first.host.close();
    await ev.wait(() => ev.statuses.at(-1) === 'offline');
    expect(conn.unanswered()).toBe(1);
    expect(entries(first).filter((e) => e.by)).toEqual([]);
    const second = await hostHarir(first, undefined, first.host.port);
    open.push(second);
    await ev.wait(() => second.host.desk().proposals.length === 1);
    expect(second.host.approve(`erbil/${id}`)).toEqual({ status: 'applied' });
    await ev.wait(() => ev.acks.some((a) => a.id === id && a.status === 'applied'));
    expect(conn.unanswered()).toBe(0);
    expect(entries(second).filter((e) => e.by?.action === id)).toHaveLength(1);
  });

  it('should apply a prediction once when the seat drops before the answer and sends it again', async () => {
    const h = await hostHarir();
    open.push(h);
    const frame = { type: 'act', id: 'dropped-0001', action: { kind: 'predict', prompt: 'start', p: P } };
    const lost = await joined(h.host.port, h.codes.roles.washington as string);
    lost.send(frame);
    lost.terminate();
    await lost.closed;
    const back = await joined(h.host.port, h.codes.roles.washington as string);
    back.send(frame);
    expect(await back.next((m) => m.type === 'ack')).toMatchObject({ id: 'dropped-0001', status: 'applied' });
    back.send(frame);
    await back.next((m) => m.type === 'ack', back.messages.findIndex((m) => m.type === 'ack') + 1);
    expect(entries(h).filter((e) => e.by?.action === 'dropped-0001')).toHaveLength(1);
  });
});

describe('load', () => {
  it('should record thirty predictions sent in the same moment exactly once each', async () => {
    const h = await hostHarir();
    open.push(h);
    const seats = Array.from({ length: 30 }, (_, i) =>
      seat(`ws://127.0.0.1:${h.host.port}`, (i % 2 ? h.codes.roles.erbil : h.codes.roles.washington) as string),
    );
    await Promise.all(seats.map((s) => s.ev.wait(() => s.ev.statuses.includes('online'))));
    const ids = seats.map((s) => s.conn.send({ kind: 'predict', prompt: 'start', p: P }));
    await Promise.all(seats.map((s, i) => s.ev.wait(() => s.ev.acks.some((a) => a.id === ids[i] && a.status === 'applied'))));
    const recorded = entries(h).filter((e) => e.kind === 'predict');
    expect(recorded).toHaveLength(30);
    expect(new Set(recorded.map((e) => e.by?.action))).toEqual(new Set(ids));
  });
});
