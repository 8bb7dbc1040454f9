// A seat's connection to the host: joins with its code, keeps every unanswered action until the host answers it, and reconnects by itself.
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { parseServerMessage } from './parseServerMessage.js';
import { type AckStatus, type ClientMessage, PROTOCOL_VERSION, type SeatAction, type SeatIdentity, type ServerErrorCode } from './protocol.js';
import type { SeatView } from './seatView.js';

/** What the seat's screen is told. */
export type SeatEvents = {
  onWelcome?(seat: SeatIdentity): void;
  onView?(view: SeatView): void;
  onAck?(id: string, status: AckStatus, message: string | undefined): void;
  /**
   * `connecting`, `online`, `offline` (retrying, with why: the host cannot be reached, the connection was lost, or the host
   * said to wait: `locked-out`, `too-many`, `rate-limited`), or `refused` with the reason (no retry): a refusal of the host,
   * or a message from the host this seat cannot read (`bad-host`).
   */
  onStatus?(status: 'connecting' | 'online' | 'offline' | 'refused', problem?: SeatProblem): void;
};

/**
 * Why a seat is not connected, as data the seat words in its own language: the host refused it (with its code, its
 * English message and how long to wait), the host could not be reached (the system's error code, e.g. ECONNREFUSED),
 * or an open connection was lost.
 */
export type SeatProblem =
  | { readonly kind: 'refused'; readonly code: ServerErrorCode | 'watch-team-code' | 'bad-host'; readonly message: string; readonly retryAfterMs?: number }
  | { readonly kind: 'unreachable'; readonly address: string; readonly error: string }
  | { readonly kind: 'closed' };

/** An open seat. */
export type SeatConnection = {
  /** Sends an action; it is sent again after a reconnect until the host gives a final answer. Returns its id. */
  send(action: SeatAction): string;
  /** Actions sent and not answered finally yet. */
  unanswered(): number;
  close(): void;
};

const FINAL: readonly AckStatus[] = ['applied', 'refused', 'vetoed', 'duplicate'];
/** Refusals that say "later", not "no": the seat waits (at least `retryAfterMs`) and joins again by itself. */
const WAIT: readonly ServerErrorCode[] = ['rate-limited', 'locked-out', 'too-many'];

/** Connects to `ws://host:port` with a join code. Backoff: 250 ms doubling to `maxBackoffMs`. */
export function connectSeat(url: string, code: string, events: SeatEvents, options: { maxBackoffMs?: number; protocol?: number } = {}): SeatConnection {
  const outbox = new Map<string, SeatAction>();
  let ws: WebSocket | null = null;
  let closed = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;
  const write = (m: ClientMessage) => {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(m));
  };
  const open = () => {
    events.onStatus?.('connecting');
    const socket = new WebSocket(url, { maxPayload: 4 * 1024 * 1024, handshakeTimeout: 10_000 });
    ws = socket;
    let refused = false;
    let opened = false;
    let told: SeatProblem | null = null;
    let failure = '';
    socket.on('open', () => {
      opened = true;
      write({ type: 'hello', protocol: options.protocol ?? PROTOCOL_VERSION, code });
    });
    socket.on('message', (data) => {
      if (refused) return;
      const m = parseServerMessage(data.toString());
      if (m === null) {
        // A fake or tampered host, or another version: say so once and stop, rather than draw what cannot be read.
        refused = true;
        socket.terminate();
        return events.onStatus?.('refused', { kind: 'refused', code: 'bad-host', message: 'unreadable message from the host' });
      }
      if (m.type === 'welcome') {
        attempt = 0;
        events.onStatus?.('online');
        events.onWelcome?.(m.seat);
        events.onView?.(m.view);
        for (const [id, action] of outbox) write({ type: 'act', id, action });
      } else if (m.type === 'view') events.onView?.(m.view);
      else if (m.type === 'ack') {
        if (FINAL.includes(m.status)) outbox.delete(m.id);
        events.onAck?.(m.id, m.status, m.message);
      } else if (m.type === 'error') {
        const wait = m.retryAfterMs === undefined ? {} : { retryAfterMs: m.retryAfterMs };
        told = { kind: 'refused', code: m.code, message: m.message, ...wait };
        if (WAIT.includes(m.code)) return;
        refused = true;
        events.onStatus?.('refused', told);
      }
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      failure = e.code ?? e.message;
    });
    socket.on('close', () => {
      if (ws === socket) ws = null;
      if (closed || refused) return;
      if (told) events.onStatus?.('offline', told);
      else if (opened) events.onStatus?.('offline', { kind: 'closed' });
      else events.onStatus?.('offline', { kind: 'unreachable', address: url.replace(/^wss?:\/\//, ''), error: failure || 'closed' });
      const backoff = Math.min(options.maxBackoffMs ?? 5000, 250 * 2 ** attempt++);
      const delay = told?.kind === 'refused' && told.retryAfterMs !== undefined ? Math.max(backoff, told.retryAfterMs) : backoff;
      timer = setTimeout(open, delay);
    });
  };
  open();
  return {
    send(action) {
      const id = randomBytes(12).toString('base64url');
      outbox.set(id, action);
      write({ type: 'act', id, action });
      return id;
    },
    unanswered: () => outbox.size,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      ws?.close();
    },
  };
}
