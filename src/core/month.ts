// Calendar months as integers, so the clock never touches Date or the wall clock.

/** The longest clock a scenario may have, in months (50 years): batches and checks cost grows with it. */
export const MAX_CLOCK_MONTHS = 600;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parses `YYYY-MM` into an absolute month number, or null when malformed. */
export function parseMonth(text: string): number | null {
  const m = MONTH.exec(text);
  if (!m) return null;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Formats an absolute month number as `YYYY-MM`. */
export function formatMonth(abs: number): string {
  const year = Math.floor(abs / 12);
  const month = (abs % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats an absolute month number as `Sep 2025`. */
export function formatMonthLong(abs: number): string {
  return `${NAMES[abs % 12]} ${String(Math.floor(abs / 12)).padStart(4, '0')}`;
}
