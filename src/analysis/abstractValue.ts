// Abstract values for interval analysis: every value an expression can take, and whether it can fail.

/** Numbers in [lo, hi] (an empty range has lo > hi), plus NaN when `nan`; `infinite`: only ±Infinity within the range. */
export type NumRange = {
  readonly kind: 'num';
  readonly lo: number;
  readonly hi: number;
  readonly nan: boolean;
  readonly int: boolean;
  readonly infinite?: boolean;
};
/** Which truth values are possible. */
export type BoolSet = { readonly kind: 'bool'; readonly t: boolean; readonly f: boolean };
/** A finite set of strings, or null for any string. */
export type StrSet = { readonly kind: 'str'; readonly values: ReadonlySet<string> | null };
/** Anything at all (a construct the analysis does not model). */
export type AnyValue = { readonly kind: 'any' };

/** An abstract value: what it can be when it succeeds (`ok`), and whether it can fail (`err`). */
export type Abstract = { readonly v: NumRange | BoolSet | StrSet | AnyValue; readonly ok: boolean; readonly err: boolean };

/** The most a value can be: any value, or an error. */
export const TOP: Abstract = { v: { kind: 'any' }, ok: true, err: true };

/** A number range that always succeeds. */
export const numRange = (lo: number, hi: number, int = false, nan = false): Abstract => ({ v: { kind: 'num', lo, hi, nan, int }, ok: true, err: false });
/** A set of truth values that always succeeds. */
export const boolSet = (t: boolean, f: boolean): Abstract => ({ v: { kind: 'bool', t, f }, ok: true, err: false });
/** A set of strings (null: any) that always succeeds. */
export const strSet = (values: ReadonlySet<string> | null): Abstract => ({ v: { kind: 'str', values }, ok: true, err: false });

/** Whether a condition can be true (as a precondition or guard that passes). */
export const mayBeTrue = (a: Abstract): boolean => a.ok && (a.v.kind === 'any' || (a.v.kind === 'bool' && a.v.t));
/** Whether a condition can be false or fail (a guard that does not pass). */
export const mayNotHold = (a: Abstract): boolean => a.err || !a.ok || a.v.kind === 'any' || (a.v.kind === 'bool' && a.v.f);

/** The range of a numeric value, or everything when it is not known to be a number. */
export function rangeOf(a: Abstract): NumRange {
  if (a.v.kind === 'num') return a.v;
  return { kind: 'num', lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, nan: true, int: false };
}

/** The smallest abstract value holding both. */
export function join(a: Abstract, b: Abstract): Abstract {
  const ok = a.ok || b.ok;
  const err = a.err || b.err;
  if (!a.ok) return { v: b.v, ok, err };
  if (!b.ok) return { v: a.v, ok, err };
  const x = a.v;
  const y = b.v;
  if (x.kind === 'num' && y.kind === 'num') {
    const v: NumRange = { kind: 'num', lo: Math.min(x.lo, y.lo), hi: Math.max(x.hi, y.hi), nan: x.nan || y.nan, int: x.int && y.int };
    // Both only ±∞ or NaN: so is either.
    return { v: neverFinite(x) && neverFinite(y) ? { ...v, infinite: true } : v, ok, err };
  }
  if (x.kind === 'bool' && y.kind === 'bool') return { v: { kind: 'bool', t: x.t || y.t, f: x.f || y.f }, ok, err };
  if (x.kind === 'str' && y.kind === 'str') return { v: { kind: 'str', values: x.values && y.values ? new Set([...x.values, ...y.values]) : null }, ok, err };
  return { v: { kind: 'any' }, ok, err };
}

/** Whether a range can hold only non-finite values (it always fails where a finite number is needed). */
export const neverFinite = (r: NumRange): boolean => r.lo > r.hi || r.infinite === true || (r.lo === r.hi && !Number.isFinite(r.lo));
