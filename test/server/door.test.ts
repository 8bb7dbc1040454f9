// The door of a hosted exercise under a flood of connections that never join: seats still join, the host still saves.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { listenForSeats, type SeatDoor, socketBudget } from '../../src/server/listenForSeats.js';
import { LIMITS } from '../../src/server/protocol.js';
import { joined, type RawClient, rawClient } from './hostClient.js';
import { type Hosted, hostHarir } from './hostFixture.js';

let hosted: Hosted | null = null;
let door: SeatDoor | null = null;
const idle: RawClient[] = [];
afterEach(async () => {
  for (const c of idle.splice(0)) c.terminate();
  await hosted?.host.close();
  await door?.close();
  hosted = null;
  door = null;
});

const isOpen = (c: RawClient) => c.readyState() === WebSocket.OPEN;
const P = { kurdistan_deal: 0.2, full_exit: 0.3, redefined_mission: 0.5 };

describe('connections that never join', () => {
  it('should close a connection that sends no hello within the deadline, and not before', async () => {
    hosted = await hostHarir();
    const c = await rawClient(hosted.host.port);
    idle.push(c);
    hosted.clock.advance(LIMITS.helloTimeoutMs - 1);
    // A round trip through the host, so that anything it was going to do to the idle connection is done.
    await joined(hosted.host.port, hosted.codes.roles.erbil as string);
    expect(isOpen(c)).toBe(true);
    hosted.clock.advance(1);
    await c.closed;
    expect(hosted.host.seats()).toEqual({ erbil: 1 });
  });

  it('should keep no more than a few waiting connections from one address, and let a right code in through a flood', async () => {
    hosted = await hostHarir();
    const port = hosted.host.port;
    const early = await joined(port, hosted.codes.roles.erbil as string);
    for (let i = 0; i < 3 * LIMITS.maxWaitingPerAddress; i++) idle.push(await rawClient(port));
    // The oldest waiting ones were closed to make room; only the newest few are still held.
    await Promise.all(idle.slice(0, 2 * LIMITS.maxWaitingPerAddress).map((c) => c.closed));
    const late = await joined(port, hosted.codes.roles.washington as string);
    expect(late.messages[0]).toMatchObject({ type: 'welcome', seat: { role: 'washington' } });
    expect(idle.filter(isOpen).length).toBeLessThanOrEqual(LIMITS.maxWaitingPerAddress);
    // A seat joined before the flood still acts, and the host still saves.
    const prompt = hosted.host.desk().run.exercise.predictions[0]?.id as string;
    early.send({ type: 'act', id: 'after-flood-01', action: { kind: 'predict', prompt, p: P } });
    expect(await early.next((m) => m.type === 'ack')).toMatchObject({ status: 'applied' });
    const saved = JSON.parse(readFileSync(hosted.transcript, 'utf8')).entries as { kind: string; team?: string }[];
    expect(saved.filter((e) => e.kind === 'predict' && e.team === 'erbil')).toHaveLength(1);
  });

  it('should let in more joined seats from one address than it lets wait', async () => {
    hosted = await hostHarir();
    const seats = [];
    for (let i = 0; i < 2 * LIMITS.maxWaitingPerAddress; i++) seats.push(await joined(hosted.host.port, hosted.codes.watch));
    expect(seats.every((s) => s.messages[0]?.type === 'welcome' && isOpen(s))).toBe(true);
    expect(hosted.host.seats()).toEqual({ watch: 2 * LIMITS.maxWaitingPerAddress });
  });
});

describe('open files', () => {
  it('should hold at most the sockets its open-file limit allows, keeping some for the transcript', async () => {
    expect(socketBudget(1024)).toBe(LIMITS.maxConnections + LIMITS.maxWaiting);
    expect(socketBudget(200)).toBe(200 - LIMITS.reservedFiles);
    door = await listenForSeats({ port: 0, bind: '127.0.0.1', fileLimit: LIMITS.reservedFiles + 2 });
    idle.push(await rawClient(door.port), await rawClient(door.port));
    await expect(rawClient(door.port)).rejects.toThrow();
  });

  it('should keep serving after the server reports an error once listening (an accept failing with EMFILE)', async () => {
    const problems: Error[] = [];
    door = await listenForSeats({ port: 0, bind: '127.0.0.1', onProblem: (e) => problems.push(e) });
    const emfile = Object.assign(new Error('accept EMFILE'), { code: 'EMFILE' });
    door.server.emit('error', emfile);
    door.server.emit('error', emfile);
    expect(problems).toEqual([emfile, emfile]);
    const c = await rawClient(door.port);
    idle.push(c);
    expect(isOpen(c)).toBe(true);
  });
});

describe('dead peers', () => {
  it('should cut a joined seat that stops answering pings, and keep one that answers', async () => {
    hosted = await hostHarir();
    const port = hosted.host.port;
    const live = await joined(port, hosted.codes.watch);
    const dead = await joined(port, hosted.codes.watch, { autoPong: false });
    // Each round: the host pings; once the live seat has the ping, a round trip makes sure its pong is in before the next one.
    const round = async (i: number) => {
      const pinged = live.pinged();
      hosted?.clock.advance(LIMITS.heartbeatMs);
      await pinged;
      const from = live.messages.length;
      live.send({ type: 'act', id: `ping-round-${i}`, action: { kind: 'move', trigger: 'nothing_here' } });
      await live.next((m) => m.type === 'ack', from);
    };
    await round(1);
    await round(2);
    await dead.closed;
    await round(3);
    expect(isOpen(live)).toBe(true);
    expect(hosted.host.seats()).toEqual({ watch: 1 });
  });
});
