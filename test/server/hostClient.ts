// A hand-crafted seat client for tests: raw frames in, every server message recorded, waits on events only.
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/server/protocol.js';

export type RawClient = {
  readonly messages: ServerMessage[];
  send(frame: unknown): void;
  sendRaw(text: string): void;
  /** Resolves with the first message (from `from` on) that matches. */
  next(match: (m: ServerMessage) => boolean, from?: number): Promise<ServerMessage>;
  closed: Promise<number>;
  close(): void;
  /** Drops the connection without a closing handshake, as a killed process or a cut network does. */
  terminate(): void;
  readyState(): number;
  /** Resolves at the next ping from the host. */
  pinged(): Promise<void>;
};

/** Opens a raw connection to a host on loopback (`autoPong: false` plays a dead peer). */
export async function rawClient(port: number, options: WebSocket.ClientOptions = {}): Promise<RawClient> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}`, options);
  const messages: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (d) => {
    messages.push(JSON.parse(d.toString()) as ServerMessage);
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  // Once open, an error (the host cutting a refused client, ECONNRESET) ends in 'close', which `closed` reports; unheard, it would be uncaught.
  ws.on('error', () => undefined);
  const next = (match: (m: ServerMessage) => boolean, from = 0) =>
    new Promise<ServerMessage>((resolve, reject) => {
      const look = () => {
        const found = messages.slice(from).find(match);
        if (found) return resolve(found);
        if (ws.readyState === WebSocket.CLOSED) return reject(new Error(`closed before a matching message; got ${JSON.stringify(messages)}`));
        waiters.push(look);
      };
      closed.then(() => waiters.push(look)).then(() => setImmediate(look));
      look();
    });
  return {
    messages,
    send: (frame) => ws.send(JSON.stringify(frame)),
    sendRaw: (text) => ws.send(text),
    next,
    closed,
    close: () => ws.close(),
    terminate: () => ws.terminate(),
    readyState: () => ws.readyState,
    pinged: () => new Promise<void>((resolve) => ws.once('ping', () => resolve())),
  };
}

/** Joins with a code and waits for the welcome. */
export async function joined(port: number, code: string, options: WebSocket.ClientOptions = {}): Promise<RawClient> {
  const c = await rawClient(port, options);
  c.send({ type: 'hello', protocol: 1, code });
  await c.next((m) => m.type === 'welcome' || m.type === 'error');
  return c;
}
