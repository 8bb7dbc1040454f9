// The seat's side of the boundary: every message from the host is checked with zod, and every text in it has its control characters escaped.
import { z } from 'zod';
import { escapeControl } from '../core/escapeControl.js';
import type { ServerMessage } from './protocol.js';
import type { SeatView } from './seatView.js';

/** A text the seat may show: control characters (ESC, BEL, C1…) arrive as visible `\x1b`, never obeyed by the terminal. */
const text = z.string().transform(escapeControl);
const count = z.number().int().min(0);
const option = z.object({ id: text, label: text, enabled: z.boolean(), reason: text.exactOptional() });

const seatViewSchema = z.object({
  lang: z.string().regex(/^[a-z]{2,3}$/),
  exercise: z.object({ id: text, title: text }),
  date: text,
  month: count,
  months: count,
  outcome: z.object({ status: text, label: text }),
  ended: z.boolean(),
  briefing: text,
  roleBriefing: text.nullable(),
  injects: z.array(z.object({ date: text, title: text, narrative: text, question: text.nullable() })),
  actors: z.array(z.object({ id: text, state: text })),
  indicators: z.array(z.object({ id: text, label: text, value: z.number(), min: z.number(), max: z.number() })),
  outcomes: z.array(z.object({ id: text, label: text })),
  decisions: z.array(z.object({ id: text, prompt: text, options: z.array(option) })),
  prompts: z.array(z.object({ id: text, prompt: text, answered: z.boolean() })),
  moves: z.array(option),
  pending: z.array(z.object({ action: text, summary: text })),
  log: z.array(text),
  odds: z.array(z.object({ id: text, p: z.number().min(0).max(1), lo: z.number().min(0).max(1), hi: z.number().min(0).max(1) })).nullable(),
}) satisfies z.ZodType<SeatView, unknown>;

const seatSchema = z.object({ role: text.nullable(), label: text, watch: z.boolean() });
const ackStatus = z.enum(['applied', 'pending', 'refused', 'vetoed', 'duplicate']);
const errorCode = z.enum(['protocol', 'bad-message', 'bad-code', 'locked-out', 'rate-limited', 'not-joined', 'too-many', 'ended']);

const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('welcome'), protocol: z.number().int(), seat: seatSchema, view: seatViewSchema }),
  z.object({ type: z.literal('view'), view: seatViewSchema }),
  z.object({ type: z.literal('ack'), id: z.string(), status: ackStatus, message: text.exactOptional() }),
  z.object({ type: z.literal('error'), code: errorCode, message: text, retryAfterMs: z.number().min(0).max(3_600_000).exactOptional() }),
]);

/** A host's message as the seat may use it (views typed, texts escaped), or null when it is not one a host of this version sends. */
export type HostMessage =
  | Exclude<ServerMessage, { type: 'welcome' | 'view' }>
  | { readonly type: 'welcome'; readonly protocol: number; readonly seat: z.infer<typeof seatSchema>; readonly view: SeatView }
  | { readonly type: 'view'; readonly view: SeatView };

/** Parses one frame from the host; null when it is not JSON or not a message of this protocol. */
export function parseServerMessage(frame: string): HostMessage | null {
  let raw: unknown;
  try {
    raw = JSON.parse(frame);
  } catch {
    return null;
  }
  const parsed = serverMessageSchema.safeParse(raw);
  return parsed.success ? (parsed.data as HostMessage) : null;
}
