// Parses and type-checks every CEL expression of a scenario, with did-you-mean for unknown names.
import type { Environment } from '@marcbachmann/cel-js';
import type { Diagnostic } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { bindParameters } from './bindParameters.js';
import type { ExprSite } from './collectExpressions.js';
import { CEL_VARIABLES } from './createCelEnvironment.js';
import { diagnose, formatPath } from './diagnose.js';
import { expressionCost, MAX_EXPRESSION_COST } from './expressionCost.js';
import { locate, type Source } from './parseSource.js';
import { type CelNode, memberOf, readsOf, walkCel } from './walkCel.js';

/** What an expression may read: the variables bound at evaluation. */
export type Activation = {
  readonly indicators: Readonly<Record<string, number>>;
  readonly actors: Readonly<Record<string, string>>;
  readonly month: bigint;
  readonly date: string;
};

/** A checked expression, compiled once. */
export type CompiledExpr = {
  readonly text: string;
  /** Document path, e.g. `triggers.x.chance`. */
  readonly path: string;
  /** `file:line:col` of the expression, for runtime messages. */
  readonly at: string;
  readonly kind: ExprSite['kind'];
  /** Variables read, e.g. `indicators.isis_activity`. */
  readonly reads: readonly string[];
  /** The syntax tree; each `params.NAME` is a constant node (its central value) marked with `param: NAME`. */
  readonly ast: CelNode;
  /** Evaluates with every parameter at its central value. */
  readonly run: (activation: Activation) => unknown;
  /** Present when the expression reads parameters: evaluates with the given parameter values (nested batches set them per draw). */
  readonly runWith?: ((activation: Activation, params: Readonly<Record<string, number>>) => unknown) | undefined;
};

/** What the names in a scenario refer to. */
export type Names = {
  readonly indicators: readonly string[];
  /** Parameter names with their central values. */
  readonly params?: ReadonlyMap<string, number> | undefined;
  readonly actors: ReadonlyMap<string, { all: readonly string[]; leaves: readonly string[]; leavesUnder: ReadonlyMap<string, readonly string[]> }>;
};

/** A problem in one expression, at an offset into its text. */
export type ExprProblem = { readonly offset: number; readonly code: string; readonly message: string; readonly hint: string };

/** Parses, name-checks and type-checks one expression; returns its parsed form or the first problem. */
export function checkOneExpression(
  text: string,
  kind: ExprSite['kind'],
  env: Environment,
  names: Names,
): ({ ok: true } & Pick<CompiledExpr, 'ast' | 'run' | 'runWith'>) | { ok: false; problems: ExprProblem[] } {
  const problems: ExprProblem[] = [];
  const at = (offset: number, code: string, message: string, hint = '') => problems.push({ offset, code, message, hint });
  let fn: ((a: unknown) => unknown) & { ast: CelNode };
  try {
    fn = env.parse(text) as unknown as typeof fn;
  } catch (e) {
    const err = e as { range?: { start: number }; message: string };
    at(err.range?.start ?? 0, 'cel-syntax', `CEL syntax error: ${firstLine(err.message)}`, 'check the operators and parentheses');
    return { ok: false, problems };
  }
  checkNames(fn.ast, names, at);
  checkWork(fn.ast, at);
  if (problems.length > 0) return { ok: false, problems };
  const result = env.check(text) as { valid: boolean; type?: string; error?: { message: string; range?: { start: number } } };
  if (!result.valid) {
    const message = firstLine(result.error?.message ?? 'type error');
    const unknown = /Unknown variable: (\w+)/.exec(message);
    if (unknown?.[1])
      at(result.error?.range?.start ?? 0, 'unknown-identifier', `unknown name "${unknown[1]}"`, didYouMean(unknown[1], CEL_VARIABLES, 'variable'));
    else at(result.error?.range?.start ?? 0, 'cel-type', `type error: ${message}`, typeHint(message));
    return { ok: false, problems };
  }
  const type = result.type ?? 'dyn';
  const wantsBool = kind === 'bool';
  if (type !== 'dyn' && (wantsBool ? type !== 'bool' : type !== 'double' && type !== 'int')) {
    const message = `this expression gives ${type}, but ${wantsBool ? 'a condition must give bool' : 'a number is needed here'}`;
    at(0, 'cel-type', message, wantsBool ? 'compare with ==, <, > to get true or false' : 'write an arithmetic expression');
    return { ok: false, problems };
  }
  const constant = Number(text);
  if (kind === 'chance' && text.trim() !== '' && Number.isFinite(constant) && (constant < 0 || constant > 1)) {
    at(0, 'chance-range', `a chance is a probability per month; ${constant} is outside 0..1`, 'write e.g. 0.05 for 5% a month');
    return { ok: false, problems };
  }
  return { ok: true, ...bindParameters(fn as (a: unknown) => unknown, fn.ast, names.params ?? new Map()) };
}

/** Checks every expression site; returns the compiled expressions by path and the problems found. */
export function checkExpressions(
  source: Source,
  sites: readonly ExprSite[],
  env: Environment,
  names: Names,
): { compiled: Map<string, CompiledExpr>; diagnostics: Diagnostic[] } {
  const compiled = new Map<string, CompiledExpr>();
  const diagnostics: Diagnostic[] = [];
  for (const site of sites) {
    const text = String(site.value);
    const checked = checkOneExpression(text, site.kind, env, names);
    if (!checked.ok) {
      const start = exprStart(source, site.path);
      for (const p of checked.problems) {
        const offset = start.exact ? start.base + p.offset : start.base;
        diagnostics.push(diagnose(source, site.path, p.code, p.message, p.hint, { offset }));
      }
      continue;
    }
    const path = formatPath(site.path);
    let at: string | undefined;
    compiled.set(path, {
      text,
      path,
      /** Worked out when a message first names it: finding every position would cost as much as reading the file again. */
      get at() {
        if (at === undefined) {
          const pos = locate(source, site.path);
          at = `${source.file}:${pos.line}:${pos.column}`;
        }
        return at;
      },
      kind: site.kind,
      reads: readsOf(checked.ast),
      ast: checked.ast,
      run: checked.run,
      runWith: checked.runWith,
    });
  }
  return { compiled, diagnostics };
}

/** A copy of `e` with some fields changed; its position stays unworked until asked for (a spread would work it out). */
export function reviseExpr(e: CompiledExpr, changes: Partial<CompiledExpr>): CompiledExpr {
  return Object.defineProperties(Object.defineProperties({}, Object.getOwnPropertyDescriptors(e)), Object.getOwnPropertyDescriptors(changes)) as CompiledExpr;
}

function checkNames(ast: CelNode, names: Names, at: (offset: number, code: string, message: string, hint: string) => void): void {
  walkCel(ast, (node) => {
    const member = memberOf(node);
    if (member?.root === 'indicators' && !names.indicators.includes(member.field)) {
      at(node.pos, 'unknown-identifier', `unknown indicator "${member.field}"`, didYouMean(member.field, names.indicators, 'indicator'));
    } else if (member?.root === 'params' && !names.params?.has(member.field)) {
      const known = [...(names.params?.keys() ?? [])];
      const hint =
        known.length === 0 ? `declare it: parameters: { ${member.field}: { chance: …, rationale: … } }` : didYouMean(member.field, known, 'parameter');
      at(node.pos, 'unknown-parameter', `unknown parameter "${member.field}"`, hint);
    } else if (member?.root === 'actors' && !names.actors.has(member.field)) {
      at(node.pos, 'unknown-identifier', `unknown actor "${member.field}"`, didYouMean(member.field, [...names.actors.keys()], 'actor'));
    }
    if ((node.op === '==' || node.op === '!=' || node.op === 'in') && Array.isArray(node.args)) {
      const [left, right] = node.args as [CelNode, CelNode];
      const actor = memberOf(left)?.root === 'actors' ? memberOf(left)?.field : memberOf(right)?.root === 'actors' ? memberOf(right)?.field : undefined;
      const states = actor === undefined ? undefined : names.actors.get(actor);
      if (!states) return;
      const other = memberOf(left)?.root === 'actors' ? right : left;
      const literals = other.op === 'value' ? [other] : other.op === 'list' && Array.isArray(other.args) ? (other.args as CelNode[]) : [];
      for (const lit of literals) {
        if (lit.op !== 'value' || typeof lit.args !== 'string') continue;
        if (!states.all.includes(lit.args)) {
          at(lit.pos, 'unknown-state', `actor "${actor}" has no state "${lit.args}"`, didYouMean(lit.args, states.all, 'state'));
        } else if (!states.leaves.includes(lit.args)) {
          const inner = (states.leavesUnder.get(lit.args) ?? []).map((x) => `"${x}"`).join(', ');
          const message = `"${lit.args}" contains other states, and actors.${actor} is always an innermost state`;
          at(lit.pos, 'compound-state', message, `test its inner states instead: actors.${actor} in [${inner}]`);
        }
      }
    }
  });
}

/** Refuses regular expressions (they can take exponential time) and expressions whose work can exceed the budget (list macros, long texts split into lists). */
function checkWork(ast: CelNode, at: (offset: number, code: string, message: string, hint: string) => void): void {
  walkCel(ast, (node) => {
    if ((node.op === 'rcall' || node.op === 'call') && Array.isArray(node.args) && node.args[0] === 'matches')
      at(node.pos, 'unsupported-function', 'matches() is not supported: a regular expression can take exponential time', 'compare with == or in [...]');
  });
  const { cost, macro } = expressionCost(ast);
  if (cost <= MAX_EXPRESSION_COST) return;
  const steps = `${cost.toLocaleString('en-US')} evaluation steps; the limit is ${MAX_EXPRESSION_COST.toLocaleString('en-US')}`;
  if (macro) at(macro.pos, 'expression-cost', `these list macros can take up to ${steps}`, 'use shorter lists or texts, or fewer nested all/exists/map/filter');
  else at(ast.pos, 'expression-cost', `this expression can take up to ${steps}`, 'use shorter texts and lists');
}

/** Where the expression text starts; offsets inside it are exact only for one-line scalars. */
function exprStart(source: Source, path: readonly PropertyKey[]): { base: number; exact: boolean } {
  const { node, offset } = locate(source, path);
  if (node?.style === 'quoted') return { base: offset + 1, exact: true };
  return { base: offset, exact: node?.style === 'plain' };
}

function typeHint(message: string): string {
  if (/Ternary branches/.test(message)) return 'both branches need the same type: write whole numbers as decimals (1.0) when the other branch is a decimal';
  if (/overload/.test(message)) return 'compare like with like: numbers with numbers, actors.x with a quoted state id';
  return 'see the expression section of docs/scenario-format.md';
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
