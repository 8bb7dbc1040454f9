// Scenario → IR: flat tables with expressions compiled once.
import { parseMonth } from '../core/month.js';
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import { flattenStates, resolveLeaf } from '../scenario/flattenStates.js';
import type { CheckedScenario } from '../scenario/readScenario.js';
import type { ActorIR, IR, StateIR, TransitionIR, TriggerIR } from './ir.js';

/** Compiles a checked scenario into the IR. */
export function compileScenario(checked: CheckedScenario): IR {
  const { scenario: s, exprs } = checked;
  const expr = (path: string): CompiledExpr => {
    const e = exprs.get(path);
    if (!e) throw new Error(`internal: expression ${path} was not compiled`);
    return e;
  };
  const optional = (path: string): CompiledExpr | null => exprs.get(path) ?? null;

  const actors: ActorIR[] = Object.entries(s.actors).map(([id, a]) => {
    const flat = flattenStates(a.states);
    const byId = new Map(flat.map((f) => [f.id, f]));
    const states: StateIR[] = flat.map((f) => {
      const path = [f.id];
      for (let p = f.parent; p !== null; p = byId.get(p)?.parent ?? null) path.unshift(p);
      return {
        id: f.id,
        parent: f.parent,
        isLeaf: f.children.length === 0,
        initial: f.children.length === 0 ? null : (f.def.initial ?? (f.children[0] as string)),
        path,
      };
    });
    return { id, initial: resolveLeaf(byId, a.initial), states, stateById: new Map(states.map((st) => [st.id, st])) };
  });
  const actorById = new Map(actors.map((a) => [a.id, a]));

  const triggers: TriggerIR[] = Object.entries(s.triggers).map(([id, t]) => {
    const base = `triggers.${id}`;
    const transitions: TransitionIR[] = (t.transitions ?? []).map((tr, index) => {
      const actor = actorById.get(tr.actor) as ActorIR;
      const flatById = new Map(flattenStates(s.actors[tr.actor]?.states ?? {}).map((f) => [f.id, f]));
      return {
        actor: tr.actor,
        index,
        from: tr.from === undefined ? null : Array.isArray(tr.from) ? tr.from : [tr.from],
        to: tr.to,
        toLeaf: actor ? resolveLeaf(flatById, tr.to) : tr.to,
        guard: optional(`${base}.transitions[${index}].guard`),
      };
    });
    return {
      id,
      kind: t.kind,
      actor: t.actor ?? null,
      when: optional(`${base}.when`),
      chance: optional(`${base}.chance`),
      effects: Object.entries(t.effects ?? {}).map(([indicator, effect]) => {
        const op = Object.keys(effect)[0] as 'add' | 'set' | 'mul';
        return { indicator, op, expr: expr(`${base}.effects.${indicator}.${op}`) };
      }),
      transitions,
      candidates: candidatesOf(actors, transitions),
    };
  });

  const start = parseMonth(s.clock.start) ?? 0;
  const schedule = new Map<number, string[]>();
  for (const e of s.clock.schedule ?? []) {
    const m = (parseMonth(e.at) ?? start) - start;
    schedule.set(m, [...(schedule.get(m) ?? []), e.trigger]);
  }
  return {
    id: s.id,
    title: s.title,
    fingerprint: checked.fingerprint,
    scenario: s,
    start,
    months: (parseMonth(s.clock.end) ?? start) - start,
    indicators: Object.entries(s.indicators).map(([id, i]) => ({ id, min: i.min, max: i.max, initial: i.initial, drift: i.drift ?? null })),
    actors,
    triggers,
    triggerById: new Map(triggers.map((t) => [t.id, t])),
    schedule,
    outcomes: Object.entries(s.outcomes)
      .map(([id, o]) => ({ id, rule: expr(`outcomes.${id}.rule`), priority: o.priority, lock: o.lock ?? false }))
      .sort((a, b) => a.priority - b.priority),
    invariants: Object.entries(s.invariants ?? {}).map(([id, inv]) => ({
      id,
      expr: expr(typeof inv === 'string' ? `invariants.${id}` : `invariants.${id}.expr`),
    })),
  };
}

/** Per actor and leaf, the transitions to try: deepest matching source first, then file order. */
function candidatesOf(actors: readonly ActorIR[], transitions: readonly TransitionIR[]) {
  const out = new Map<string, Map<string, TransitionIR[]>>();
  for (const actor of actors) {
    const mine = transitions.filter((t) => t.actor === actor.id);
    if (mine.length === 0) continue;
    const perLeaf = new Map<string, TransitionIR[]>();
    for (const leaf of actor.states.filter((st) => st.isLeaf)) {
      const depthOf = (t: TransitionIR): number => {
        if (t.from === null) return 0;
        const depths = t.from.map((f) => leaf.path.indexOf(f)).filter((d) => d >= 0);
        return depths.length === 0 ? -1 : Math.max(...depths) + 1;
      };
      const ranked = mine
        .map((t) => ({ t, d: depthOf(t) }))
        .filter((x) => x.d >= 0)
        .sort((a, b) => b.d - a.d || a.t.index - b.t.index)
        .map((x) => x.t);
      if (ranked.length > 0) perLeaf.set(leaf.id, ranked);
    }
    out.set(actor.id, perLeaf);
  }
  return out;
}
