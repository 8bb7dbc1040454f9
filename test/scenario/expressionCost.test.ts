// No expression can make evaluation slow: regular expressions are refused, and so is any expression whose bounded work
// (list macros, long texts split into lists, joins) is over the budget, positioned; ordinary expressions pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, ScenarioError } from '../../src/core/errors.js';
import { readScenario } from '../../src/scenario/readScenario.js';

const minimal = readFileSync('test/fixtures/valid/minimal.yaml', 'utf8');

/** The minimal scenario with the invariant's expression replaced; its problems, or [] when it is accepted. */
function withInvariant(expr: string): Diagnostic[] {
  const text = minimal.replace('risk_bounds: indicators.risk >= 0.0 && indicators.risk <= 100.0', `risk_bounds: '${expr.replace(/'/g, "''")}'`);
  try {
    readScenario('x.yaml', text);
    return [];
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.diagnostics];
    throw e;
  }
}

const list64 = `[${Array.from({ length: 64 }, (_, i) => i).join(', ')}]`;
const line = minimal.split('\n').findIndex((l) => l.startsWith('  risk_bounds:')) + 1;

describe('expression work limits', () => {
  it('refuses matches(), positioned at the call', () => {
    const [d] = withInvariant('"aaaa".matches("^(a+)+$")');
    expect(d).toMatchObject({ code: 'unsupported-function', line });
  });

  it('refuses four nested all() over 64 elements, positioned at the outer macro', () => {
    const expr = `${list64}.all(a, ${list64}.all(b, ${list64}.all(c, ${list64}.all(d, a + b + c + d >= 0))))`;
    const [d] = withInvariant(expr);
    expect(d).toMatchObject({ code: 'expression-cost', line, column: "  risk_bounds: '".length + 1 });
    expect(d?.message).toMatch(/can take up to [\d,]+ evaluation steps; the limit is 10,000/);
  });

  it('refuses macros over lists split from long texts (the list is as long as its text)', () => {
    const long = 'a'.repeat(20_000);
    expect(withInvariant(`"${long}".split("").all(x, "${long}".split("").all(y, true))`)[0]).toMatchObject({ code: 'expression-cost' });
    expect(withInvariant(`"${'a'.repeat(3_000)}".split("").exists(x, x == "b")`)[0]).toMatchObject({ code: 'expression-cost' });
  });

  it('refuses long texts read from a map literal, or through a macro variable named like a scenario variable', () => {
    const k = `{"k": "${'a'.repeat(1000)}"}.k`;
    expect(withInvariant(`${k}.split("").all(x, ${k}.split("").all(y, x == y || true))`)[0]).toMatchObject({ code: 'expression-cost' });
    const shadow = `[{"risk": "${'a'.repeat(1000)}"}].all(indicators, indicators.risk.split("").all(x, indicators.risk.split("").all(y, x == y)))`;
    expect(withInvariant(shadow)[0]).toMatchObject({ code: 'expression-cost' });
  });

  it('refuses lists that joins and maps make longer than their texts', () => {
    const expr = `"${'a'.repeat(60)}".split("").map(x, x + x + x + x).join("").split("").map(y, y + y).join("").split("").all(z, z == "a")`;
    expect(withInvariant(expr)[0]).toMatchObject({ code: 'expression-cost' });
  });

  it('refuses a long text walked without any macro', () => {
    expect(withInvariant(`size("${'a'.repeat(20_000)}".split("")) >= 0`)[0]).toMatchObject({
      code: 'expression-cost',
      message: /this expression can take up to/,
    });
  });

  it('refuses lists hidden behind cel.bind: the bound name carries its list into the body (AUDIT-3 finding 1)', () => {
    const list60 = `[${Array.from({ length: 60 }, (_, i) => i).join(',')}]`;
    const five = `cel.bind(l, ${list60}, l.all(a, l.all(b, l.all(c, l.all(d, l.all(e, true))))))`;
    const six = `cel.bind(l, ${list60}, l.all(a, l.all(b, l.all(c, l.all(d, l.all(e, l.all(f, true)))))))`;
    const column = "  risk_bounds: '".length + 1;
    for (const expr of [five, six, `cel.bind(l, ${list60}, l.all(a, l.all(b, l.all(c, true))))`]) {
      const [d] = withInvariant(expr);
      expect(d).toMatchObject({ code: 'expression-cost', line, column: column + expr.indexOf('l.all(a') });
      expect(d?.message).toMatch(/these list macros can take up to [\d,]+ evaluation steps; the limit is 10,000/);
    }
    // Nested binds, a bind inside a macro, and texts doubled by binds are bounded the same way.
    expect(withInvariant(`cel.bind(l, ${list60}, cel.bind(m, l + l, m.all(a, m.all(b, true))))`)[0]).toMatchObject({ code: 'expression-cost' });
    expect(withInvariant(`${list60}.all(x, cel.bind(l, ${list60}, l.all(a, true)))`)[0]).toMatchObject({ code: 'expression-cost' });
    // A text doubled by each bind: ten characters bound twelve times deep is 20,480 long.
    const doubling = (n: number) => {
      let expr = `size(t${n}.split("")) > 0`;
      for (let i = n; i >= 2; i--) expr = `cel.bind(t${i}, t${i - 1} + t${i - 1}, ${expr})`;
      return `cel.bind(t1, "aaaaaaaaaa", ${expr})`;
    };
    expect(withInvariant(doubling(12))[0]).toMatchObject({ code: 'expression-cost', message: /this expression can take up to/ });
    expect(withInvariant(doubling(3))).toEqual([]);
  });

  it('accepts ordinary expressions, short splits and macros over short lists', () => {
    expect(withInvariant(`${list64}.all(a, a >= 0) && indicators.risk >= 0.0`)).toEqual([]);
    expect(withInvariant(`"${'a'.repeat(200)}".split("").all(x, x == "a")`)).toEqual([]);
    expect(withInvariant('["calm", "quiet", "loud"].exists(s, actors.gov == s)')).toEqual([]);
    expect(withInvariant(`cel.bind(l, ${list64}, l.all(a, a >= 0) && l.exists(b, b == 3))`)).toEqual([]);
  });
});
