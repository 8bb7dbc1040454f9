// Checks a parsed document against a zod schema and positions every problem.

import type { z } from 'zod';
import { type Diagnostic, ScenarioError } from '../core/errors.js';
import { isReservedName, RESERVED_HINT } from '../core/reservedNames.js';
import { didYouMean } from '../core/suggest.js';
import { diagnose } from './diagnose.js';
import type { Source } from './parseSource.js';
import { isUncertain } from './uncertainSchema.js';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
  in?: z.ZodType;
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The field names an object schema accepts at `path` (empty when not an object). */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType[] = [schema];
  const expand = (s: z.ZodType): z.ZodType[] => {
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return expand(def.innerType as z.ZodType);
    if (def.type === 'lazy') return expand((def.getter as () => z.ZodType)());
    if (def.type === 'pipe') return expand(def.in as z.ZodType);
    if (def.type === 'union') return (def.options ?? []).flatMap(expand);
    return [s];
  };
  for (const seg of path) {
    const next: z.ZodType[] = [];
    for (const s of current.flatMap(expand)) {
      const def = defOf(s);
      if (def.type === 'object' && def.shape && typeof seg === 'string' && def.shape[seg]) next.push(def.shape[seg]);
      else if (def.type === 'record' && def.valueType) next.push(def.valueType);
      else if (def.type === 'array' && def.element) next.push(def.element);
    }
    current = next;
  }
  return [...new Set(current.flatMap(expand).flatMap((s) => Object.keys(defOf(s).shape ?? {})))];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path) v = isRecord(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

const UNION_MESSAGES: [RegExp, string][] = [
  [/^parameters\.[^.]+\.(chance|value)$/, 'expected a number or a range such as {low: 0.02, high: 0.08} (expressions go in the places that read params.NAME)'],
  [/effects\.[^.]+$/, 'an effect is {add: N}, {set: EXPR} or {mul: N}'],
  [/(label|title|summary|description|undecided)$/, 'expected text, or a map of language to text such as {en: "…", ar: "…"}'],
  [/(when|chance|guard|rule|add|set|mul)$/, 'expected a CEL expression (text), a number or true/false'],
  [/from$/, 'expected a state id or a list of state ids'],
];

/** Validates `value` with `schema`; throws a ScenarioError listing every problem. */
export function checkShape<T>(source: Source, schema: z.ZodType<T>, value: unknown): T {
  const reserved = reservedKeys(source, value);
  if (reserved.length > 0) throw new ScenarioError(reserved);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const out: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    const pathText = path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        out.push(diagnose(source, [...path, key], 'unknown-field', `unknown field "${key}"`, didYouMean(key, known, 'field'), { at: 'key' }));
      }
      continue;
    }
    const parent = valueAt(value, path.slice(0, -1));
    const last = path[path.length - 1];
    const input = valueAt(value, path);
    if (path.length > 0 && isRecord(parent) && !((last as string) in parent) && issue.code !== 'invalid_key') {
      const field = String(last);
      out.push(diagnose(source, path.slice(0, -1), 'missing-field', `missing required field "${field}"`, `add "${field}:" here`));
      continue;
    }
    if (typeof input === 'number' && !Number.isFinite(input)) {
      const what = Number.isNaN(input)
        ? 'this value is .nan, not a number'
        : `this number is ${input > 0 ? '' : 'minus '}infinite (.inf, or too large, as 1e400 is)`;
      out.push(diagnose(source, path, 'schema', what, 'write a finite number, e.g. 50'));
      continue;
    }
    if (issue.code === 'invalid_key') {
      const reason = (issue as { issues?: { message: string }[] }).issues?.[0]?.message ?? issue.message;
      out.push(diagnose(source, path, 'invalid-id', `invalid id "${String(last)}"`, reason, { at: 'key' }));
      continue;
    }
    if ((issue.code === 'invalid_union' || issue.code === 'invalid_type') && isUncertain(input) && !/(chance|initial|add|mul|value)$/.test(pathText)) {
      const hint =
        "only a trigger's chance, an indicator's initial value, add/mul effects and parameters take a range; elsewhere declare a parameter and write params.NAME";
      out.push(diagnose(source, path, 'range-kind', `"${String(last)}" cannot take a range`, hint));
      continue;
    }
    if (issue.code === 'invalid_union' && /effects\.[^.]+$/.test(pathText) && isRecord(input) && isUncertain(input.set)) {
      out.push(
        diagnose(source, [...path, 'set'], 'range-kind', '"set" cannot take a range', 'write one value, or use add or mul for an uncertain effect size'),
      );
      continue;
    }
    if (issue.code === 'invalid_union') {
      const message = UNION_MESSAGES.find(([re]) => re.test(pathText))?.[1] ?? 'this value has the wrong shape';
      out.push(diagnose(source, path, 'schema', message, 'see docs/scenario-format.md'));
      continue;
    }
    if (issue.code === 'invalid_value') {
      const values = (issue as { values: unknown[] }).values.map(String);
      out.push(diagnose(source, path, 'schema', `expected one of: ${values.join(', ')}`, didYouMean(String(input), values, 'value')));
      continue;
    }
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
    const message = issue.code === 'invalid_type' ? `expected ${issue.expected}, got ${got}` : issue.message;
    out.push(diagnose(source, path, 'schema', message, 'see docs/scenario-format.md'));
  }
  throw new ScenarioError(out);
}

/** Every map key anywhere in the document that JavaScript objects already carry (`__proto__` would even vanish on reading). */
function reservedKeys(source: Source, value: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: PropertyKey[] };
    if (Array.isArray(node))
      node.forEach((item, i) => {
        stack.push({ node: item, path: [...path, i] });
      });
    else if (isRecord(node))
      for (const key of Object.keys(node)) {
        if (isReservedName(key)) out.push(diagnose(source, [...path, key], 'reserved-id', `"${key}" cannot be used as a name`, RESERVED_HINT, { at: 'key' }));
        else stack.push({ node: node[key], path: [...path, key] });
      }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
