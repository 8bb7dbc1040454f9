// The fast reader may only ever give what the full parser (yaml) gives: random and mutated YAML, compared value for value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Node, parseDocument } from 'yaml';
import { ScenarioError } from '../../src/core/errors.js';
import { fastParse } from '../../src/scenario/fastParse.js';
import { MAX_DEPTH, parseFully, parseSource } from '../../src/scenario/parseSource.js';
import { treeFromYaml } from '../../src/scenario/positionTree.js';
import { propertyRuns, propertyTimeout } from '../propertyRuns.js';
import { documents, mutatedScenario } from './yamlSamples.js';

/** What the full parser reads, or undefined when it refuses the text. */
function fullRead(text: string): { value: unknown } | undefined {
  try {
    return { value: parseFully('x.yaml', text).value };
  } catch (e) {
    if (e instanceof ScenarioError) return undefined;
    throw e;
  }
}

/** Where the fast reader answers, the full parser reads the same text without error and to the same value. */
function agrees(text: string): void {
  const fast = fastParse(text, MAX_DEPTH - 2);
  if (fast === undefined) return;
  const full = fullRead(text);
  expect(full, `the full parser refuses what the fast reader read:\n${text}`).toBeDefined();
  expect(fast.value, text).toStrictEqual(full?.value);
}

describe('fastParse', () => {
  it('reads what yaml reads, and leaves to yaml the cases where js-yaml alone would differ', () => {
    const cases: [string, unknown][] = [
      [
        'a: 1e400\nb: 1_000\nc: 0b11\nd: 0o17\ne: 0x1f\nf: .NaN\ng: -0\nh: yes\ni: 2025-09-01',
        { a: Infinity, b: '1_000', c: '0b11', d: 15, e: 31, f: Number.NaN, g: -0, h: 'yes', i: '2025-09-01' },
      ],
      ['__proto__: 1\nlabel: "x"', JSON.parse('{"__proto__": 1, "label": "x"}')],
    ];
    for (const [text, value] of cases) expect(fastParse(text, MAX_DEPTH)?.value).toStrictEqual(value);
    // js-yaml words these differently from yaml (a null key, a complex key, YAML 1.1, aliases, tags): the full parser reads them.
    const outside = [
      'null: 2',
      '1: a',
      'true: x',
      '? [a]\n: 1',
      '%YAML 1.1\n---\na: yes',
      'a: &x [1]\nb: *x',
      'x: &a [*a]',
      'x: &a {k: *a}',
      'a: &m\n  <<: *m',
      'a: !!int "1"',
      'a: !foo x',
    ];
    // …and where js-yaml reads what yaml refuses, or reads it otherwise (a second audit found these).
    outside.push('# header\n\uFEFFid: x', '...\nid: x', 'id: x\rtitle: y', `${'k'.repeat(1100)}: 1`, 'a: |\n  x\n\t\n', '\tx\n', '|1\n  x\n');
    for (const text of outside) expect(fastParse(text, MAX_DEPTH), text).toBeUndefined();
  });

  const runs2000 = propertyRuns(2000);
  it(
    'never gives a value the full parser would not give, on random documents',
    () => {
      fc.assert(
        fc.property(documents, (doc) => agrees(`id: x\nbody: ${doc}\n`)),
        { numRuns: runs2000 },
      );
    },
    propertyTimeout(runs2000),
  );

  const runs1500 = propertyRuns(1500);
  it(
    'never gives a value the full parser would not give, on mutated scenario files',
    () => {
      fc.assert(
        fc.property(mutatedScenario, (text) => agrees(text)),
        { numRuns: runs1500 },
      );
    },
    propertyTimeout(runs1500),
  );

  it('leaves nesting near the limit to the full parser, which refuses it positioned', () => {
    const nested = (depth: number) => `x: ${'['.repeat(depth)}1${']'.repeat(depth)}\ny: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
    for (let depth = 1; depth <= MAX_DEPTH + 4; depth++) agrees(nested(depth));
    expect(fastParse(nested(10), MAX_DEPTH - 2)).toBeDefined();
    expect(fastParse(nested(MAX_DEPTH + 1), MAX_DEPTH - 2)).toBeUndefined();
    try {
      parseSource('deep.yaml', nested(MAX_DEPTH + 1));
      expect.unreachable('a file nested too deeply was read');
    } catch (e) {
      expect((e as ScenarioError).diagnostics[0]).toMatchObject({ code: 'too-deep', file: 'deep.yaml' });
    }
  });

  it('works out positions only when asked, and then gives the full parser’s', () => {
    const text = 'id: x\nactors:\n  us:\n    label: "US"\n';
    const { source } = parseSource('x.yaml', text);
    expect(source.root).toStrictEqual(treeFromYaml(parseDocument(text).contents as Node | null));
    expect(source.lines.linePos(text.indexOf('label'))).toEqual({ line: 4, col: 5 });
  });
});
