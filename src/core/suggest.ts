// "Did you mean" suggestions from known ids.
import { distance } from 'fastest-levenshtein';

/** The known ids closest to `name`, best first (at most `limit`). */
export function nearest(name: string, known: Iterable<string>, limit = 3): string[] {
  const scored: { id: string; d: number }[] = [];
  const max = Math.max(2, Math.floor(name.length / 2));
  for (const id of known) {
    const d = id.includes(name) || name.includes(id) ? 1 : distance(name, id);
    if (d <= max) scored.push({ id, d });
  }
  scored.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((s) => s.id);
}

/** A hint sentence: `did you mean "x"?`, or the list of valid ids when nothing is close. */
export function didYouMean(name: string, known: readonly string[], what = 'id'): string {
  const close = nearest(name, known);
  if (close.length > 0) return `did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`;
  if (known.length === 0) return `no ${what} is defined`;
  const shown = known.slice(0, 8).join(', ');
  return `known ${what}s: ${shown}${known.length > 8 ? `, … (${known.length} in all)` : ''}`;
}
