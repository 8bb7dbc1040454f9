// What can happen in an exercise, as recorded in its transcript.
import { z } from 'zod';

const probabilities = z.record(z.string(), z.number());

/** One recorded action of the class or the facilitator. */
export const entrySchema = z.union([
  z.strictObject({ kind: z.literal('predict'), prompt: z.string(), team: z.string().min(1), p: probabilities }),
  z.strictObject({ kind: z.literal('decide'), decision: z.string(), choice: z.string() }),
  z.strictObject({ kind: z.literal('move'), role: z.string(), trigger: z.string() }),
  z.strictObject({ kind: z.literal('force'), trigger: z.string() }),
  z.strictObject({ kind: z.literal('veto'), role: z.string(), trigger: z.string(), reason: z.string().min(1) }),
  z.strictObject({ kind: z.literal('override'), indicator: z.string(), value: z.number(), reason: z.string().min(1) }),
  z.strictObject({ kind: z.literal('note'), text: z.string().min(1) }),
  z.strictObject({ kind: z.literal('advance') }),
  /** Takes back the last action not yet taken back; the transcript keeps both. */
  z.strictObject({ kind: z.literal('undo') }),
]);

export type Entry = z.infer<typeof entrySchema>;
