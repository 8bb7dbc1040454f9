// The host of a multi-seat exercise: a thin WebSocket shell over the desk; the transcript, saved before any answer, stays the truth.
import type { Socket } from 'node:net';
import { WebSocket } from 'ws';
import type { Entry } from '../exercise/exerciseEntry.js';
import type { ExerciseRun } from '../exercise/exerciseRun.js';
import { type Answer, act, approve, type Desk, submit, veto } from '../exercise/seatDesk.js';
import { catalogText, t } from '../i18n/messages.js';
import { errorValue } from '../i18n/userError.js';
import { textOf } from '../report/textOf.js';
import { createAuthThrottle } from './authThrottle.js';
import { listenForSeats, type Schedule } from './listenForSeats.js';
import { LIMITS, PROTOCOL_VERSION, parseClientMessage, type SeatIdentity, type ServerMessage } from './protocol.js';
import { createRateLimit } from './rateLimit.js';
import { type SeatCodes, seatOf } from './seatCodes.js';
import { type SeatView, seatView } from './seatView.js';

export type HostOptions = {
  readonly port: number;
  readonly bind: string;
  readonly codes: SeatCodes;
  readonly lang: string;
  /** Writes the transcript; called before any seat hears of a change. */
  readonly save: (run: ExerciseRun) => void;
  /** The odds to show the seats when the facilitator reveals them. */
  readonly odds?: (desk: Desk) => SeatView['odds'];
  /** Milliseconds now; for the join throttle and the rate limit. */
  readonly now?: () => number;
  /** Runs a function later (the hello deadline); setTimeout when not given. */
  readonly after?: Schedule;
  /** The process's limit on open files (read from the system when not given): the sockets leave some for the transcript. */
  readonly fileLimit?: number;
  /** Told of a server error after the start (an accept failing with EMFILE): the host keeps serving. */
  readonly onProblem?: (e: Error) => void;
};

/** A running host: the facilitator acts through it, every seat is updated after each change. */
export type ExerciseHost = {
  readonly port: number;
  desk(): Desk;
  approve(key: string): Answer;
  veto(key: string, reason: string): Answer;
  act(entry: Entry): void;
  /** Takes a run the facilitator's screen made from the current one (it applied one entry to it). */
  adopt(run: ExerciseRun): void;
  reveal(show: boolean): void;
  /** Seats connected now, by role (`watch` for observers). */
  seats(): Record<string, number>;
  /** Told after every change of the desk or of the seats; returns the function that stops it. */
  onChange(listener: () => void): () => void;
  close(): Promise<void>;
};

type Seat = { readonly role: string | null; readonly allow: (now: number) => boolean };

/** Starts listening; resolves once the port is bound. */
export async function startExerciseHost(initial: Desk, o: HostOptions): Promise<ExerciseHost> {
  const now = o.now ?? Date.now;
  const throttle = createAuthThrottle();
  const seats = new Map<WebSocket, Seat>();
  const listeners: (() => void)[] = [];
  let desk = initial;
  let revealed = false;
  const door = await listenForSeats({
    port: o.port,
    bind: o.bind,
    ...(o.after ? { after: o.after } : {}),
    ...(o.fileLimit !== undefined ? { fileLimit: o.fileLimit } : {}),
    ...(o.onProblem ? { onProblem: o.onProblem } : {}),
  });
  const { wss } = door;

  const send = (ws: WebSocket, m: ServerMessage) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(m));
  };
  const refuse = (ws: WebSocket, m: Extract<ServerMessage, { type: 'error' }>) => {
    send(ws, m);
    ws.close(4000 + ['protocol', 'bad-message', 'bad-code', 'locked-out', 'rate-limited', 'not-joined', 'too-many', 'ended'].indexOf(m.code));
  };
  const viewOf = (role: string | null, odds: SeatView['odds']) => seatView(desk, role, o.lang, odds);
  const broadcast = () => {
    const odds = revealed && o.odds ? o.odds(desk) : null;
    const cache = new Map<string | null, string>();
    for (const [ws, seat] of seats) {
      let text = cache.get(seat.role);
      if (text === undefined) {
        text = JSON.stringify({ type: 'view', view: viewOf(seat.role, odds) } satisfies ServerMessage);
        cache.set(seat.role, text);
      }
      if (ws.readyState === WebSocket.OPEN) ws.send(text);
    }
    for (const l of listeners) l();
  };
  /** Saves first when the run changed, so that no seat is told of what the transcript does not hold. */
  const commit = (next: Desk) => {
    if (next.run !== desk.run) o.save(next.run);
    desk = next;
    broadcast();
  };

  const identity = (role: string | null): SeatIdentity =>
    role === null ? { role: null, label: 'observer', watch: true } : { role, label: textOf(desk.run.exercise.roles[role]?.label, o.lang, role), watch: false };

  wss.on('connection', (ws, req) => {
    const socket = req.socket as Socket;
    const address = socket.remoteAddress ?? 'unknown';
    ws.on('message', (data, isBinary) => {
      const seat = seats.get(ws);
      if (seat && !seat.allow(now())) return refuse(ws, { type: 'error', code: 'rate-limited', message: 'too many messages; reconnect and slow down' });
      const parsed = isBinary ? ({ ok: false, reason: 'binary frames are not accepted' } as const) : parseClientMessage(data.toString());
      if (!parsed.ok) return refuse(ws, { type: 'error', code: 'bad-message', message: parsed.reason });
      const m = parsed.message;
      if (m.type === 'hello') {
        if (seat) return refuse(ws, { type: 'error', code: 'bad-message', message: 'already joined' });
        if (m.protocol !== PROTOCOL_VERSION)
          return refuse(ws, {
            type: 'error',
            code: 'protocol',
            message: `this host speaks seat protocol ${PROTOCOL_VERSION}, the client ${m.protocol}: use the same statecraft version as the host`,
          });
        // A right code is never refused: behind an SSH tunnel every team shares 127.0.0.1, and one student's typos must not lock the others out.
        const role = seatOf(o.codes, m.code);
        if (role === undefined) {
          const wait = throttle.waitFor(address, now());
          if (wait > 0)
            return refuse(ws, {
              type: 'error',
              code: 'locked-out',
              message: `too many wrong codes; try again in ${Math.ceil(wait / 1000)} s`,
              retryAfterMs: wait,
            });
          const owed = throttle.fail(address, now());
          return refuse(ws, {
            type: 'error',
            code: 'bad-code',
            message: 'this code does not open a seat of this exercise',
            ...(owed > 0 ? { retryAfterMs: owed } : {}),
          });
        }
        if (seats.size >= LIMITS.maxConnections) return refuse(ws, { type: 'error', code: 'too-many', message: 'the host has too many seats connected' });
        door.joined(socket);
        seats.set(ws, { role, allow: createRateLimit() });
        send(ws, { type: 'welcome', protocol: PROTOCOL_VERSION, seat: identity(role), view: viewOf(role, revealed && o.odds ? o.odds(desk) : null) });
        for (const l of listeners) l();
        return;
      }
      if (!seat) return refuse(ws, { type: 'error', code: 'not-joined', message: 'send hello with your code first' });
      if (seat.role === null) return send(ws, { type: 'ack', id: m.id, status: 'refused', message: t(o.lang, 'err.observer') });
      const result = submit(desk, seat.role, m.id, m.action);
      if (!result.duplicate) {
        try {
          commit(result.desk);
        } catch (e) {
          return send(ws, { type: 'ack', id: m.id, status: 'refused', message: t(o.lang, 'err.hostSave', { reason: errorValue(e) }) });
        }
      }
      send(ws, ackOf(m.id, result.answer));
    });
    ws.on('close', () => {
      if (seats.delete(ws)) for (const l of listeners) l();
    });
    ws.on('error', () => ws.terminate());
  });

  /** An answer for a seat, its reason worded in the host's language. */
  const ackOf = (id: string, answer: Answer): ServerMessage => {
    const message = answer.text ? catalogText(o.lang, answer.text) : answer.message;
    return { type: 'ack', id, status: answer.status, ...(message ? { message } : {}) };
  };

  const answerSeat = (key: string, answer: Answer) => {
    const [role, id] = key.split('/') as [string, string];
    for (const [ws, seat] of seats) if (seat.role === role) send(ws, ackOf(id, answer));
  };

  return {
    port: door.port,
    desk: () => desk,
    approve(key) {
      const r = approve(desk, key);
      commit(r.desk);
      answerSeat(key, r.answer);
      return r.answer;
    },
    veto(key, reason) {
      const r = veto(desk, key, reason);
      commit(r.desk);
      answerSeat(key, r.answer);
      return r.answer;
    },
    act(entry) {
      commit(act(desk, entry));
    },
    adopt(run) {
      commit({ ...desk, run });
    },
    reveal(show) {
      revealed = show;
      broadcast();
    },
    seats() {
      const count: Record<string, number> = {};
      for (const s of seats.values()) count[s.role ?? 'watch'] = (count[s.role ?? 'watch'] ?? 0) + 1;
      return count;
    },
    onChange(listener) {
      listeners.push(listener);
      return () => {
        listeners.splice(listeners.indexOf(listener), 1);
      };
    },
    close: () => door.close(),
  };
}
