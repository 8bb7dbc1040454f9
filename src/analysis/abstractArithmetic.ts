// Arithmetic over abstract values: + - * / % on number ranges, with CEL's int overflow and IEEE doubles.
import { type Abstract, type NumRange, neverFinite, rangeOf, TOP } from './abstractValue.js';

const INT_LIMIT = 2 ** 63;

/** `a op b` over ranges, as CEL computes it: int overflow and division by zero fail; doubles follow IEEE 754. */
export function arithmetic(op: string, a: Abstract, b: Abstract): Abstract {
  if (a.v.kind === 'str' || b.v.kind === 'str') return op === '+' ? { v: { kind: 'str', values: null }, ok: a.ok && b.ok, err: true } : TOP;
  if (a.v.kind !== 'num' || b.v.kind !== 'num') return TOP;
  const x = a.v;
  const y = b.v;
  const ints = x.int && y.int;
  const ok = a.ok && b.ok;
  const err = a.err || b.err;
  if (op === '%') {
    if (!ints) return { v: rangeOf(TOP), ok: false, err: true };
    const zeroOnly = y.lo === 0 && y.hi === 0;
    const m = Math.max(Math.abs(y.lo), Math.abs(y.hi)) - 1;
    const lo = x.lo < 0 ? Math.max(x.lo, -m) : 0;
    const hi = x.hi > 0 ? Math.min(x.hi, m) : 0;
    return { v: { kind: 'num', lo, hi, nan: false, int: true }, ok: ok && !zeroOnly, err: err || (y.lo <= 0 && y.hi >= 0) };
  }
  if (!ints && op !== '%' && nonFiniteResult(op, x, y)) {
    // An operand that can only be NaN (or nothing) makes the result NaN (or nothing).
    if (x.lo > x.hi || y.lo > y.hi) return { v: { kind: 'num', lo: 1, hi: 0, nan: x.nan || y.nan, int: false }, ok, err };
    return { v: { kind: 'num', lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, nan: true, int: false, infinite: true }, ok, err };
  }
  if (op === '/' && y.lo <= 0 && y.hi >= 0) {
    if (ints) {
      const nonZero = !(y.lo === 0 && y.hi === 0);
      const m = Math.max(Math.abs(x.lo), Math.abs(x.hi));
      return withInt({ v: { kind: 'num', lo: -m, hi: m, nan: false, int: true }, ok: ok && nonZero, err: true });
    }
    const onlyZero = y.lo === 0 && y.hi === 0 && !y.nan;
    const xHasZero = x.lo <= 0 && x.hi >= 0;
    if (onlyZero) {
      // x / ±0.0 is ±Infinity for x ≠ 0 and NaN for 0: never a finite number.
      const nonZero = x.lo < 0 || x.hi > 0;
      const lo = nonZero ? Number.NEGATIVE_INFINITY : 1;
      const hi = nonZero ? Number.POSITIVE_INFINITY : 0;
      return { v: { kind: 'num', lo, hi, nan: xHasZero || x.nan, int: false, infinite: true }, ok, err };
    }
    return { v: { kind: 'num', lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, nan: true, int: false }, ok, err };
  }
  const f =
    op === '+'
      ? (p: number, q: number) => p + q
      : op === '-'
        ? (p: number, q: number) => p - q
        : op === '*'
          ? (p: number, q: number) => p * q
          : (p: number, q: number) => p / q;
  const ys = op === '-' ? [y.hi, y.lo] : [y.lo, y.hi];
  const results = [f(x.lo, ys[0] as number), f(x.lo, ys[1] as number), f(x.hi, ys[0] as number), f(x.hi, ys[1] as number)];
  const nan = x.nan || y.nan;
  if (x.lo > x.hi || y.lo > y.hi) return { v: { kind: 'num', lo: 1, hi: 0, nan, int: ints }, ok, err };
  const hasZero = (r: NumRange) => r.lo <= 0 && r.hi >= 0;
  const hasInf = (r: NumRange) => !Number.isFinite(r.lo) || !Number.isFinite(r.hi);
  // ∞ − ∞, 0 × ∞ or ∞ / ∞ somewhere in the ranges: the ends no longer bound the values, so give up precision.
  if (results.some(Number.isNaN) || (op === '*' && ((hasZero(x) && hasInf(y)) || (hasZero(y) && hasInf(x)))))
    return { v: { kind: 'num', lo: Number.NEGATIVE_INFINITY, hi: Number.POSITIVE_INFINITY, nan: true, int: ints }, ok, err };
  const lo = Math.min(...results);
  const hi = Math.max(...results);
  if (ints && op === '/') return withInt({ v: { kind: 'num', lo: Math.trunc(lo), hi: Math.trunc(hi), nan: false, int: true }, ok, err });
  return withInt({ v: { kind: 'num', lo, hi, nan: ints ? false : nan, int: ints }, ok, err });
}

/**
 * Whether a double `x op y` can only be ±Infinity or NaN: an operand that is never finite stays so through + - * and
 * as a dividend (∞ ± a, ∞ × a, ∞ / a, NaN anything), and a divisor that can only be NaN gives NaN; only a finite number
 * divided by ±∞ comes back to a finite value (0).
 */
function nonFiniteResult(op: string, x: NumRange, y: NumRange): boolean {
  if (neverFinite(x)) return true;
  return op === '/' ? y.lo > y.hi : neverFinite(y);
}

/** `x - x`, one expression minus itself (the same value twice in one evaluation): 0, or NaN where it is ±∞ or NaN. */
export function selfDifference(a: Abstract): Abstract {
  if (a.v.kind !== 'num') return arithmetic('-', a, a);
  const r = a.v;
  if (r.int) return { v: { kind: 'num', lo: 0, hi: 0, nan: false, int: true }, ok: a.ok, err: a.err };
  const zero = !neverFinite(r);
  const nan = r.nan || (r.lo <= r.hi && (!Number.isFinite(r.lo) || !Number.isFinite(r.hi)));
  return { v: { kind: 'num', lo: zero ? 0 : 1, hi: 0, nan, int: false }, ok: a.ok, err: a.err };
}

/** Integer results beyond 64 bits fail, as in CEL. */
export function withInt(a: Abstract): Abstract {
  if (a.v.kind !== 'num' || !a.v.int) return a;
  const m = Math.max(Math.abs(a.v.lo), Math.abs(a.v.hi));
  // Ints are exact 64-bit in CEL but doubles here: beyond 2^53, widen by the rounding error so the range still holds the value.
  const slack = m > Number.MAX_SAFE_INTEGER && Number.isFinite(m) ? m * 2 ** -48 + 1 : 0;
  const lo = a.v.lo - slack;
  const hi = a.v.hi + slack;
  a = { ...a, v: { ...a.v, lo, hi } };
  if (lo >= -INT_LIMIT && hi < INT_LIMIT) return a;
  const clipped = { ...a.v, lo: Math.max(lo, -INT_LIMIT), hi: Math.min(hi, INT_LIMIT - 1) };
  return { v: clipped, ok: a.ok && clipped.lo <= clipped.hi, err: true };
}
