// The door of a hosted exercise: accepts connections within caps, gives each a few seconds to join, cuts dead peers, and survives server errors.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { LIMITS } from './protocol.js';

/** Runs `fn` after `ms` milliseconds; returns the function that cancels it. Injected so tests can move time by hand. */
export type Schedule = (ms: number, fn: () => void) => () => void;

export type DoorOptions = {
  readonly port: number;
  readonly bind: string;
  readonly after?: Schedule;
  /** The process's limit on open files; read from the system when not given (Infinity when it cannot be read). */
  readonly fileLimit?: number;
  /** Told of an error of the listening server after it started (an accept failing with EMFILE); the host keeps serving. */
  readonly onProblem?: (e: Error) => void;
};

/** A listening door: `joined` takes a socket off the hello deadline and the waiting caps. */
export type SeatDoor = {
  readonly server: Server;
  readonly wss: WebSocketServer;
  readonly port: number;
  /** The socket has joined with a right code: it no longer counts as waiting. */
  joined(socket: Socket): void;
  /** Connections accepted and not joined yet. */
  waiting(): number;
  /** Cuts every connection and stops listening. */
  close(): Promise<void>;
};

const realSchedule: Schedule = (ms, fn) => {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
};

/** The soft limit on open files of this process (Linux: /proc/self/limits), or Infinity when it cannot be read. */
export function readFileLimit(): number {
  try {
    const line = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return line?.[1] && line[1] !== 'unlimited' ? Number(line[1]) : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Sockets the host may hold at once: every seat and every waiting connection, leaving `LIMITS.reservedFiles` for the transcript and the odds. */
export function socketBudget(fileLimit: number): number {
  const all = LIMITS.maxConnections + LIMITS.maxWaiting;
  return Math.max(1, Math.min(all, Math.floor(fileLimit) - LIMITS.reservedFiles));
}

/** Listens on `bind:port`; resolves once bound, rejects with the listen error (EADDRINUSE…). */
export async function listenForSeats(o: DoorOptions): Promise<SeatDoor> {
  const after = o.after ?? realSchedule;
  const waiting = new Map<Socket, { address: string; cancel: () => void }>();
  const server = createServer((_req, res) => {
    res.writeHead(426, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end('statecraft seat host: connect with statecraft join\n');
  });
  server.maxConnections = socketBudget(o.fileLimit ?? readFileLimit());
  const drop = (socket: Socket) => {
    waiting.get(socket)?.cancel();
    waiting.delete(socket);
    socket.destroy();
  };
  /** The first waiting socket (the oldest: a Map keeps insertion order), of `address` when given. */
  const oldest = (address?: string) => {
    for (const [socket, w] of waiting) if (address === undefined || w.address === address) return socket;
    return undefined;
  };
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    let fromAddress = 0;
    for (const w of waiting.values()) if (w.address === address) fromAddress++;
    // The oldest waiting connection has had its chance: a seat sends hello as soon as it is open.
    if (fromAddress >= LIMITS.maxWaitingPerAddress) drop(oldest(address) as Socket);
    else if (waiting.size >= LIMITS.maxWaiting) drop(oldest() as Socket);
    // Checked after the timers of a busy moment, so a hello that arrived meanwhile is read first.
    const cancel = after(LIMITS.helloTimeoutMs, () => setImmediate(() => waiting.has(socket) && drop(socket)));
    waiting.set(socket, { address, cancel });
    socket.on('close', () => {
      waiting.get(socket)?.cancel();
      waiting.delete(socket);
    });
  });
  const wss = new WebSocketServer({ server, maxPayload: LIMITS.maxMessageBytes, clientTracking: true });
  let started = false;
  // ws repeats the server's errors on wss; after the start, no error may end the host (every seat would lose it).
  wss.on('error', (e) => started && o.onProblem?.(e));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.bind, () => {
      server.off('error', reject);
      started = true;
      resolve();
    });
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  // A peer that died without a word (a closed laptop lid) would hold its socket for hours: one that misses a ping is cut.
  const answered = new WeakSet<WebSocket>();
  wss.on('connection', (ws) => {
    answered.add(ws);
    ws.on('pong', () => answered.add(ws));
  });
  const beat = () => {
    for (const ws of wss.clients) {
      if (!answered.has(ws)) ws.terminate();
      else {
        answered.delete(ws);
        ws.ping();
      }
    }
    stopBeat = after(LIMITS.heartbeatMs, () => setImmediate(beat));
  };
  let stopBeat = after(LIMITS.heartbeatMs, () => setImmediate(beat));
  const address = server.address();
  return {
    server,
    wss,
    port: typeof address === 'object' && address ? address.port : o.port,
    joined(socket) {
      waiting.get(socket)?.cancel();
      waiting.delete(socket);
    },
    waiting: () => waiting.size,
    close: () =>
      new Promise<void>((resolve) => {
        stopBeat();
        for (const w of waiting.values()) w.cancel();
        waiting.clear();
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
