// The seat protocol of a hosted exercise: every message in both directions, validated with zod at the boundary.
import { z } from 'zod';

/** The protocol version; a client of another version is refused with a message that says which one to use. */
export const PROTOCOL_VERSION = 1;

/** Limits that bound what one connection can cost the host. */
export const LIMITS = {
  /** The largest message, in bytes (ws refuses larger frames before they are parsed). */
  maxMessageBytes: 16 * 1024,
  /** Messages a connection may send per second, on average. */
  messagesPerSecond: 10,
  /** Messages a connection may send at once before the rate applies. */
  burst: 20,
  /** Failed joins from one address before it must wait. */
  freeFailures: 3,
  /** The longest wait after repeated failed joins, in milliseconds. */
  maxLockoutMs: 30_000,
  /** Seats joined at once. */
  maxConnections: 200,
  /** Connections accepted that have not joined yet (the oldest is closed to make room for a new one). */
  maxWaiting: 32,
  /** Of those, from one address. */
  maxWaitingPerAddress: 8,
  /** Time a connection has to send a right hello, in milliseconds, from its TCP accept. */
  helloTimeoutMs: 5000,
  /** Every so often the host pings each connection; one that has not answered the last ping is cut (a dead peer), in milliseconds. */
  heartbeatMs: 30_000,
  /** Open files kept free of sockets, for the transcript's atomic writes and the rest of the host. */
  reservedFiles: 64,
} as const;

const id = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);
/** A client's id for one action, unique per seat; the host applies each id once. */
export const actionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** What a team can do from its own terminal. */
export const seatActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('predict'), prompt: id, p: z.record(id, z.number().min(0).max(1)) }),
  z.strictObject({ kind: z.literal('decide'), decision: id, choice: id }),
  z.strictObject({ kind: z.literal('move'), trigger: id }),
]);
export type SeatAction = z.infer<typeof seatActionSchema>;

/** Messages from a seat to the host. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), protocol: z.number().int(), code: z.string().max(128) }),
  z.strictObject({ type: z.literal('act'), id: actionIdSchema, action: seatActionSchema }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** How the host answered one action. */
export type AckStatus = 'applied' | 'pending' | 'refused' | 'vetoed' | 'duplicate';

/** Messages from the host to a seat; the view is built by seatView and is all the seat may know. */
export type ServerMessage =
  | { readonly type: 'welcome'; readonly protocol: number; readonly seat: SeatIdentity; readonly view: unknown }
  | { readonly type: 'view'; readonly view: unknown }
  | { readonly type: 'ack'; readonly id: string; readonly status: AckStatus; readonly message?: string }
  | { readonly type: 'error'; readonly code: ServerErrorCode; readonly message: string; readonly retryAfterMs?: number };

/** Who a connection speaks for: a role, or an observer (the projector). */
export type SeatIdentity = { readonly role: string | null; readonly label: string; readonly watch: boolean };

export type ServerErrorCode = 'protocol' | 'bad-message' | 'bad-code' | 'locked-out' | 'rate-limited' | 'not-joined' | 'too-many' | 'ended';

/** Parses one text frame from a seat; null with a reason when it is not a valid message. */
export function parseClientMessage(text: string): { ok: true; message: ClientMessage } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = clientMessageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, message: parsed.data };
}
