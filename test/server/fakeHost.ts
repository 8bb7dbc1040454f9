// A fake host for the seat's tests: answers each connection's hello with the frames a test gives, as a hostile or older host might.
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { SeatView } from '../../src/server/seatView.js';

export type FakeHost = { readonly port: number; readonly hellos: () => number; close(): Promise<void> };

/** Listens on loopback; `answer(n)` gives the frames sent after the n-th hello (0 first), then the connection stays open (closed after an error). */
export async function fakeHost(answer: (n: number) => readonly unknown[]): Promise<FakeHost> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  let hellos = 0;
  wss.on('connection', (ws) => {
    ws.once('message', () => {
      const frames = answer(hellos++);
      for (const frame of frames) ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
      // A refusal closes the connection, as the real host does.
      if (frames.some((f) => (f as { type?: string }).type === 'error')) ws.close(4003);
    });
  });
  return {
    port: (wss.address() as AddressInfo).port,
    hellos: () => hellos,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}

/** A whole view in which every text is `text`. */
export function viewWith(text: string): SeatView {
  const option = { id: 'pass', label: text, enabled: true };
  return {
    lang: 'en',
    exercise: { id: 'harir-in-45', title: text },
    date: 'Sep 2025',
    month: 0,
    months: 12,
    outcome: { status: 'open', label: text },
    ended: false,
    briefing: text,
    roleBriefing: text,
    injects: [{ date: 'Sep 2025', title: text, narrative: text, question: text }],
    actors: [{ id: 'us', state: text }],
    indicators: [{ id: 'risk', label: text, value: 1, min: 0, max: 2 }],
    outcomes: [{ id: 'full_exit', label: text }],
    decisions: [{ id: 'erbil_asks', prompt: text, options: [option] }],
    prompts: [{ id: 'start', prompt: text, answered: false }],
    moves: [option],
    pending: [{ action: 'a1', summary: text }],
    log: [text],
    odds: null,
  };
}

/** A welcome for role `erbil` with `view`. */
export const welcome = (view: unknown, label = 'Erbil') => ({ type: 'welcome', protocol: 1, seat: { role: 'erbil', label, watch: false }, view });
