// The seat protocol end to end on loopback: who sees what, who may act, and what the transcript records.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/server/protocol.js';
import type { SeatView } from '../../src/server/seatView.js';
import { joined, rawClient } from './hostClient.js';
import { type Hosted, hostHarir, loaded } from './hostFixture.js';

let hosted: Hosted | null = null;
afterEach(async () => {
  await hosted?.host.close();
  hosted = null;
});

const viewOf = (m: ServerMessage) => (m.type === 'welcome' || m.type === 'view' ? (m.view as SeatView) : null);
const entries = (h: Hosted) => JSON.parse(readFileSync(h.transcript, 'utf8')).entries as { kind: string; by?: { seat: string; action: string } }[];
const advanceTo = (h: Hosted, month: number) => {
  while (h.host.desk().run.session.cursor.world.month < month) h.host.act({ kind: 'advance' });
};
const briefing = (role: string) => loaded.exercise.roles[role]?.briefing as string;

describe('seats', () => {
  it('should show a team the shared briefing and its own, never another role’s', async () => {
    hosted = await hostHarir();
    const erbil = await joined(hosted.host.port, hosted.codes.roles.erbil as string);
    const view = viewOf(erbil.messages[0] as ServerMessage);
    expect(view?.roleBriefing).toBe(briefing('erbil'));
    expect(view?.briefing).toContain('September 2025');
    advanceTo(hosted, 6);
    await erbil.next((m) => viewOf(m)?.month === 6);
    expect(JSON.stringify(erbil.messages)).not.toContain(briefing('washington'));
  });

  it('should let an observer watch but not act', async () => {
    hosted = await hostHarir();
    const watch = await joined(hosted.host.port, hosted.codes.watch);
    expect(watch.messages[0]).toMatchObject({ type: 'welcome', seat: { role: null, watch: true } });
    expect(viewOf(watch.messages[0] as ServerMessage)?.roleBriefing).toBeNull();
    watch.send({
      type: 'act',
      id: 'watch-0001',
      action: { kind: 'predict', prompt: 'start', p: { kurdistan_deal: 0.2, full_exit: 0.3, redefined_mission: 0.5 } },
    });
    expect(await watch.next((m) => m.type === 'ack')).toMatchObject({ status: 'refused', message: 'an observer seat cannot act' });
    expect(entries(hosted)).toHaveLength(0);
  });

  it('should refuse a move or decision of another role, and a replay of another seat’s message', async () => {
    hosted = await hostHarir();
    advanceTo(hosted, 6);
    const erbil = await joined(hosted.host.port, hosted.codes.roles.erbil as string);
    const washington = await joined(hosted.host.port, hosted.codes.roles.washington as string);
    const frame = { type: 'act', id: 'erbil-decision-1', action: { kind: 'decide', decision: 'erbil_asks', choice: 'pass' } };
    washington.send(frame);
    expect(await washington.next((m) => m.type === 'ack')).toMatchObject({ status: 'refused', message: expect.stringContaining('another role') });
    washington.send({ type: 'act', id: 'wash-move-0001', action: { kind: 'move', trigger: 'krg_requests_deal' } });
    expect(await washington.next((m) => m.type === 'ack' && m.id === 'wash-move-0001')).toMatchObject({ status: 'refused' });
    erbil.send(frame);
    expect(await erbil.next((m) => m.type === 'ack')).toMatchObject({ status: 'pending' });
    expect(hosted.host.desk().proposals.map((p) => p.key)).toEqual(['erbil/erbil-decision-1']);
    expect(entries(hosted).filter((e) => e.by)).toHaveLength(0);
  });

  it('should apply an approved proposal once, signed by its seat, and keep it from the other team', async () => {
    hosted = await hostHarir();
    advanceTo(hosted, 6);
    const erbil = await joined(hosted.host.port, hosted.codes.roles.erbil as string);
    const washington = await joined(hosted.host.port, hosted.codes.roles.washington as string);
    const frame = { type: 'act', id: 'erbil-decision-1', action: { kind: 'decide', decision: 'erbil_asks', choice: 'pass' } };
    erbil.send(frame);
    await erbil.next((m) => m.type === 'ack');
    const seen = washington.messages.length;
    await washington.next((m) => m.type === 'view', seen - 1);
    expect(JSON.stringify(washington.messages)).not.toContain('erbil-decision-1');
    expect(hosted.host.approve('erbil/erbil-decision-1')).toEqual({ status: 'applied' });
    expect(await erbil.next((m) => m.type === 'ack' && m.status === 'applied')).toBeTruthy();
    erbil.send(frame);
    const again = erbil.messages.length;
    expect(await erbil.next((m) => m.type === 'ack', again)).toMatchObject({ status: 'applied' });
    const decided = entries(hosted).filter((e) => e.kind === 'decide');
    expect(decided).toEqual([{ kind: 'decide', decision: 'erbil_asks', choice: 'pass', by: { seat: 'erbil', action: 'erbil-decision-1' } }]);
  });

  it('should tell a team why its proposal was vetoed, and no one else', async () => {
    hosted = await hostHarir();
    advanceTo(hosted, 6);
    const erbil = await joined(hosted.host.port, hosted.codes.roles.erbil as string);
    const washington = await joined(hosted.host.port, hosted.codes.roles.washington as string);
    erbil.send({ type: 'act', id: 'erbil-decision-1', action: { kind: 'decide', decision: 'erbil_asks', choice: 'pass' } });
    await erbil.next((m) => m.type === 'ack');
    const before = washington.messages.length;
    hosted.host.veto('erbil/erbil-decision-1', 'Baghdad has not been consulted');
    expect(await erbil.next((m) => m.type === 'ack' && m.status === 'vetoed')).toMatchObject({ message: 'Baghdad has not been consulted' });
    expect(viewOf(await erbil.next((m) => viewOf(m)?.log.some((l) => l.includes('Baghdad has not been consulted')) ?? false))).toBeTruthy();
    await washington.next((m) => m.type === 'view', before);
    expect(JSON.stringify(washington.messages)).not.toContain('Baghdad has not been consulted');
  });

  it('should refuse every action after the exercise has ended', async () => {
    hosted = await hostHarir();
    for (const id of ['erbil_asks', 'washington_commits'] as const) {
      const decision = loaded.exercise.decisions.find((d) => d.id === id);
      advanceTo(hosted, Number(decision?.at.slice(5)) + 12 * (Number(decision?.at.slice(0, 4)) - 2025) - 9);
      hosted.host.act({ kind: 'decide', decision: id, choice: 'pass' });
    }
    while (!hosted.host.desk().run.session.cursor.world.ended) hosted.host.act({ kind: 'advance' });
    const erbil = await joined(hosted.host.port, hosted.codes.roles.erbil as string);
    erbil.send({
      type: 'act',
      id: 'too-late-001',
      action: { kind: 'predict', prompt: 'late', p: { kurdistan_deal: 0.2, full_exit: 0.3, redefined_mission: 0.5 } },
    });
    expect(await erbil.next((m) => m.type === 'ack')).toMatchObject({ status: 'refused', message: 'the exercise has ended' });
  });
});

describe('the door', () => {
  it('should slow down an address that keeps guessing, and still let in a right code from it at once', async () => {
    hosted = await hostHarir();
    const port = hosted.host.port;
    const guess = async (i: number) => {
      const c = await rawClient(port);
      c.send({ type: 'hello', protocol: 1, code: `guess-${i}-AAAAAAAAAAAAAAAAAAAA` });
      const m = await c.next((x) => x.type === 'error');
      await c.closed;
      return m;
    };
    const answers: ServerMessage[] = [];
    for (let i = 0; i < 5; i++) answers.push(await guess(i));
    expect(answers.map((m) => (m.type === 'error' ? [m.code, m.retryAfterMs] : m.type))).toEqual([
      ['bad-code', undefined],
      ['bad-code', undefined],
      ['bad-code', undefined],
      ['bad-code', 1000],
      ['locked-out', 1000],
    ]);
    // Behind an SSH tunnel every team is 127.0.0.1: the guesser's lockout must not keep the right codes out.
    const right = await joined(port, hosted.codes.roles.erbil as string);
    expect(right.messages[0]).toMatchObject({ type: 'welcome', seat: { role: 'erbil' } });
    // …and a right code clears nothing: the address's next wrong code is still made to wait.
    expect(await guess(6)).toMatchObject({ code: 'locked-out' });
    hosted.clock.t += 2000;
    expect(await guess(7)).toMatchObject({ code: 'bad-code', retryAfterMs: 2000 });
  });

  it('should refuse a client of another protocol version with the version to use', async () => {
    hosted = await hostHarir();
    const c = await rawClient(hosted.host.port);
    c.send({ type: 'hello', protocol: 2, code: hosted.codes.roles.erbil });
    expect(await c.next((m) => m.type === 'error')).toMatchObject({ code: 'protocol', message: expect.stringContaining('seat protocol 1, the client 2') });
    expect(await c.closed).toBe(4000);
  });

  it('should refuse malformed, oversized, early and flooding messages', async () => {
    hosted = await hostHarir();
    const port = hosted.host.port;
    const junk = await rawClient(port);
    junk.sendRaw('{"type":"hello","protocol":1,"code":"x","extra":1}');
    expect(await junk.next((m) => m.type === 'error')).toMatchObject({ code: 'bad-message' });
    const early = await rawClient(port);
    early.send({ type: 'act', id: 'early-0001', action: { kind: 'move', trigger: 'krg_requests_deal' } });
    expect(await early.next((m) => m.type === 'error')).toMatchObject({ code: 'not-joined' });
    const big = await rawClient(port);
    big.sendRaw(JSON.stringify({ type: 'hello', protocol: 1, code: 'x'.repeat(20_000) }));
    expect(await big.closed).toBe(1009);
    const flood = await joined(port, hosted.codes.roles.erbil as string);
    for (let i = 0; i < 40; i++) flood.send({ type: 'act', id: `flood-${String(i).padStart(4, '0')}`, action: { kind: 'move', trigger: 'nothing_here' } });
    expect(await flood.next((m) => m.type === 'error')).toMatchObject({ code: 'rate-limited' });
  });
});
