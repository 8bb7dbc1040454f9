// Numbers for narrow columns: rounded to fewer decimals (then 12K, 1.2M) so they fit their cells, never cut or wrapped.

const compact = [1, 0].map((digits) => new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: digits }));

/**
 * `v` in at most `cells` cells: two decimals, fewer when they do not fit, then compact notation (`12K`), each rounded
 * honestly; `signed` shows a change (`+20.44`, `-3.1`, `±0`).
 */
export function fitNumber(v: number, cells: number, signed = false): string {
  if (signed && v === 0) return '±0';
  const sign = v < 0 ? '-' : signed ? '+' : '';
  const size = Math.abs(v);
  let text = '';
  for (const digits of [2, 1, 0]) {
    text = sign + String(Math.round(size * 10 ** digits) / 10 ** digits);
    if (text.length <= cells) return text;
  }
  for (const format of compact) {
    text = sign + format.format(size);
    if (text.length <= cells) return text;
  }
  return sign + size.toExponential(0).replace('+', '');
}

/** The widest a value within [min, max] and a change between two such values are drawn, in cells (two decimals). */
export function widestNumbers(min: number, max: number): { readonly value: number; readonly change: number } {
  const inward = (b: number) => b - Math.sign(b) * 0.01;
  const width = (vs: number[], signed: boolean) => Math.max(...vs.map((v) => fitNumber(v, Number.POSITIVE_INFINITY, signed).length));
  const span = max - min;
  return {
    value: width(
      [min, max, inward(min), inward(max)].filter((v) => v >= min && v <= max),
      false,
    ),
    change: width([span, -span, inward(span), -inward(span)], true),
  };
}
