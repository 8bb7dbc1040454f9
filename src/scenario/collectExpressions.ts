// Lists every expression in a scenario with its path and the type it must have.
import { centralOf } from './checkRanges.js';
import type { Expr, Scenario } from './scenarioSchema.js';
import { uncertainSites } from './uncertainSites.js';

/** Where an expression sits and what it must evaluate to. */
export type ExprSite = {
  readonly path: readonly PropertyKey[];
  readonly kind: 'bool' | 'number' | 'chance';
  readonly value: Expr;
};

/** Every guard, chance, effect, rule and invariant in file order; a range stands for its central value. */
export function collectExpressions(s: Scenario): ExprSite[] {
  const out: ExprSite[] = [];
  const central = new Map(uncertainSites(s).map((site) => [site.path.join('.'), String(centralOf(site))]));
  const valueAt = (path: readonly PropertyKey[], v: unknown): Expr => central.get(path.join('.')) ?? (v as Expr);
  for (const [tid, t] of Object.entries(s.triggers)) {
    if (t.when !== undefined) out.push({ path: ['triggers', tid, 'when'], kind: 'bool', value: t.when });
    if (t.chance !== undefined) out.push({ path: ['triggers', tid, 'chance'], kind: 'chance', value: valueAt(['triggers', tid, 'chance'], t.chance) });
    for (const [iid, effect] of Object.entries(t.effects ?? {})) {
      const [op, value] = Object.entries(effect)[0] as [string, unknown];
      const path = ['triggers', tid, 'effects', iid, op];
      out.push({ path, kind: 'number', value: valueAt(path, value) });
    }
    (t.transitions ?? []).forEach((tr, i) => {
      if (tr.guard !== undefined) out.push({ path: ['triggers', tid, 'transitions', i, 'guard'], kind: 'bool', value: tr.guard });
    });
  }
  for (const [oid, o] of Object.entries(s.outcomes)) out.push({ path: ['outcomes', oid, 'rule'], kind: 'bool', value: o.rule });
  for (const [nid, inv] of Object.entries(s.invariants ?? {})) {
    if (typeof inv === 'string') out.push({ path: ['invariants', nid], kind: 'bool', value: inv });
    else out.push({ path: ['invariants', nid, 'expr'], kind: 'bool', value: inv.expr });
  }
  return out;
}
