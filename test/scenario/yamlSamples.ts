// Random YAML for the parser tests: documents of tricky keys and scalars, and the shipped scenario with random edits.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const SCALARS = [
  ...['0', '-0', '+12', '007', '09', '0o17', '0o8', '0x1F', '0x', '0b11', '1_000', '1.', '.5', '+.5', '1.e5', '1e3', '1E-2', '1e400', '12345678901234567890'],
  ...[
    '.inf',
    '-.Inf',
    '+.INF',
    '.nan',
    '.NaN',
    '.NAN',
    'nan',
    'inf',
    'true',
    'True',
    'TRUE',
    'tRUE',
    'yes',
    'No',
    'on',
    'null',
    'Null',
    'NULL',
    'nULL',
    '~',
    '',
  ],
  ...['2025-09-01', '2025-09', '12:30', 'a b', 'x # not a comment', "'it''s'", '"a\\tb\\u00e9"', '"1"', "'true'", 'é', 'عودة', '!!str 12', '!!int "3"'],
  ...[
    '!foo x',
    '&a 1',
    '*a',
    '[1, 2]',
    '{a: 1}',
    '[]',
    '{}',
    '|\n  one\n  two',
    '>-\n  one\n  two',
    '|2\n    one',
    '>1-\n  two',
    '"multi\n  line"',
    'plain\n  folded',
  ],
];
const KEYS = ['id', 'a', 'b', 'label', 'true', 'null', '~', '1', '1.5', '"quoted"', "'single'", '__proto__', 'a b', '? [x]', '[x, y]', '<<', '"with: colon"'];

/** A random document of block and flow collections with tricky keys and scalars. */
export const documents = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { maxLength: 4 })
      .map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v.replace(/\n/g, ' ')}`).join(', ')}}`),
    fc.array(tie('node'), { maxLength: 4 }).map((items) => `[${items.map((v) => v.replace(/\n/g, ' ')).join(', ')}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4 })
      .map((pairs) => `\n${pairs.map(([k, v]) => indent(`${k}: ${v}`)).join('\n')}`),
    fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items) => `\n${items.map((v) => indent(`- ${v}`)).join('\n')}`),
  ),
})).node;

const indent = (text: string): string => text.replace(/\n/g, '\n  ').replace(/^/, '  ');

const shipped = readFileSync('scenarios/iraq-coalition.yaml', 'utf8').slice(0, 3000);
const edit = fc.tuple(
  fc.nat(shipped.length),
  fc.nat(6),
  fc.constantFrom(
    '',
    ' ',
    '\t',
    '\n',
    ':',
    '-',
    '#',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '&a',
    '*a',
    '!',
    '%',
    '|',
    '>',
    '?',
    '\r\n',
    '\uFEFF',
    'null',
    '1e400',
  ),
);

/** The start of the shipped scenario with one to four random edits (insertions and cuts of YAML's special characters). */
export const mutatedScenario = fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
  let text = shipped;
  for (const [at, cut, insert] of edits) text = text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + cut);
  return text;
});
