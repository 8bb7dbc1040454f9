// Join codes of a hosted exercise: one per role and one to watch, 128 random bits each, kept beside the transcript.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, openSync } from 'node:fs';
import { z } from 'zod';
import { parseJson } from '../core/parseJson.js';
import { readBounded } from '../files/readBounded.js';
import { writeFileAtomic } from '../files/writeFileAtomic.js';
import { msg, userError, userErrorWith } from '../i18n/userError.js';

/** The codes of every seat: a role's code acts for that role, the watch code only watches. */
export type SeatCodes = { readonly exercise: string; readonly roles: Readonly<Record<string, string>>; readonly watch: string };

const FORMAT = 'statecraft-seat-codes';
const VERSION = 1;
const fileSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  exercise: z.string(),
  roles: z.record(z.string(), z.string().min(22)),
  watch: z.string().min(22),
});

/** 128 bits from the operating system's generator, URL-safe. */
const newCode = () => randomBytes(16).toString('base64url');

/** Fresh codes for these roles. */
export function createSeatCodes(exercise: string, roles: readonly string[]): SeatCodes {
  return { exercise, roles: Object.fromEntries(roles.map((r) => [r, newCode()])), watch: newCode() };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Who a code belongs to: a role id, `null` for the watch code, or undefined when it is no code of this exercise. Constant time per code. */
export function seatOf(codes: SeatCodes, code: string): string | null | undefined {
  const given = digest(code);
  let found: string | null | undefined;
  for (const [role, c] of Object.entries(codes.roles)) if (timingSafeEqual(digest(c), given)) found = role;
  if (timingSafeEqual(digest(codes.watch), given)) found = null;
  return found;
}

/** The codes file that goes with a transcript. */
export const seatCodesPath = (transcript: string) => `${transcript}.seats.json`;

/** Writes the codes readable by the owner only. */
export function writeSeatCodes(path: string, codes: SeatCodes): void {
  // Made empty and private first: the atomic writer keeps the target's mode, so the codes are never readable by others.
  if (!existsSync(path)) closeSync(openSync(path, 'wx', 0o600));
  writeFileAtomic(path, `${JSON.stringify({ format: FORMAT, version: VERSION, ...codes }, null, 2)}\n`);
}

/** Reads the codes of a hosted exercise being resumed, so that seats rejoin with the codes they have. */
export function readSeatCodes(path: string, exercise: string): SeatCodes {
  if (!existsSync(path)) throw userError('err.noSeatCodes', { path });
  const text = readBounded(path, 'seat codes');
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch {
    throw userErrorWith('err.seatCodesJson', msg('err.untouched'), { path });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw userErrorWith('err.seatCodesVersion', msg('err.untouched'), { path });
  if (parsed.data.exercise !== exercise) throw userError('err.seatCodesExercise', { path, exercise: parsed.data.exercise });
  return { exercise: parsed.data.exercise, roles: parsed.data.roles, watch: parsed.data.watch };
}
