// IR → XState machine config: plain JSON, with parameterized guards and actions.
import type { ActorIR, IR, TransitionIR } from './ir.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type StateConfig = { [key: string]: Json };

/** Name of the region that holds the clock and applies indicator effects. */
export const CLOCK_REGION = '_clock';
/** Name of the region whose final states are the outcomes. */
export const OUTCOME_REGION = '_outcome';

/** The machine config: one parallel region per actor, plus the clock and the outcome. */
export function machineConfig(ir: IR): StateConfig {
  const clockOn: StateConfig = { advance: { guard: { type: 'running' }, actions: [{ type: 'tick' }] } };
  for (const t of ir.triggers) {
    clockOn[t.id] = {
      guard: { type: 'enabled', params: { trigger: t.id } },
      actions: t.effects.length > 0 ? [{ type: 'applyEffects', params: { trigger: t.id } }] : [],
    };
  }
  const states: StateConfig = { [CLOCK_REGION]: { initial: 'running', states: { running: { on: clockOn } } } };
  for (const actor of ir.actors) states[actor.id] = actorRegion(ir, actor);
  const always: Json[] = ir.outcomes.map((o) => ({ guard: { type: 'outcome', params: { outcome: o.id } }, target: o.id }));
  always.push({ guard: { type: 'ended' }, target: 'undecided' });
  const outcomeStates: StateConfig = { open: { always } };
  for (const o of [...ir.outcomes.map((x) => x.id), 'undecided']) {
    outcomeStates[o] = { type: 'final', entry: [{ type: 'decide', params: { outcome: o === 'undecided' ? null : o } }] };
  }
  states[OUTCOME_REGION] = { initial: 'open', states: outcomeStates };
  return { id: `scenario:${ir.id}`, type: 'parallel', states };
}

function actorRegion(ir: IR, actor: ActorIR): StateConfig {
  const def = ir.scenario.actors[actor.id];
  const onFor = (source: string | null): StateConfig | undefined => {
    const on: StateConfig = {};
    for (const t of ir.triggers) {
      const list = t.transitions.filter((tr) => tr.actor === actor.id && (source === null ? tr.from === null : tr.from?.includes(source)));
      if (list.length > 0) on[t.id] = list.map((tr) => transitionConfig(actor, t.id, tr));
    }
    return Object.keys(on).length > 0 ? on : undefined;
  };
  const build = (parent: string | null): StateConfig => {
    const out: StateConfig = {};
    for (const st of actor.states.filter((s) => s.parent === parent)) {
      const node: StateConfig = {};
      if (!st.isLeaf) {
        node.initial = st.initial as string;
        node.states = build(st.id);
      } else {
        node.entry = [{ type: 'enter', params: { actor: actor.id, state: st.id } }];
      }
      const on = onFor(st.id);
      if (on) node.on = on;
      out[st.id] = node;
    }
    return out;
  };
  const region: StateConfig = { id: actor.id, initial: def?.initial ?? '', states: build(null) };
  const on = onFor(null);
  if (on) region.on = on;
  return region;
}

function transitionConfig(actor: ActorIR, trigger: string, tr: TransitionIR): Json {
  const path = actor.stateById.get(tr.to)?.path ?? [tr.to];
  return {
    target: `#${actor.id}.${path.join('.')}`,
    guard: { type: 'transition', params: { trigger, actor: actor.id, index: tr.index } },
  };
}
