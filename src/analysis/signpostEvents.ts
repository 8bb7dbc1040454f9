// The observable events a signpost can be: a trigger has fired, an actor is in a state, an indicator has reached a level.
import type { Kernel } from '../engine/kernel/createKernel.js';

/** One observable event, written the way `batch --given` takes it where it can be. */
export type SignpostEvent = { readonly text: string; readonly kind: 'fired' | 'state' | 'at-least' | 'at-most' };

/** Levels, as shares of an indicator's range, tried for "at or above" and "at or below". */
const LEVELS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const NEVER = 65535;

const fmt = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(Math.round(x * 100) / 100));

/** The events of a kernel's scenario and a recorder of the month index each is first seen in a run. */
export function signpostEvents(kernel: Kernel) {
  const { ir } = kernel;
  const events: SignpostEvent[] = [];
  const triggerEvent = kernel.triggerIds.map((id, t) => {
    if (ir.triggers[t]?.kind === 'scheduled') return -1;
    events.push({ text: `${id} fired`, kind: 'fired' });
    return events.length - 1;
  });
  // Per actor and leaf: the events of that leaf and of every state around it.
  const stateEvents = ir.actors.map((actor, a) => {
    const byState = new Map<string, number>();
    for (const st of actor.states) {
      const leaves = actor.states.filter((x) => x.isLeaf && x.path.includes(st.id)).map((x) => `"${x.id}"`);
      events.push({ text: leaves.length === 1 ? `actors.${actor.id} == ${leaves[0]}` : `actors.${actor.id} in [${leaves.join(', ')}]`, kind: 'state' });
      byState.set(st.id, events.length - 1);
    }
    return (kernel.leafNames[a] as readonly string[]).map((leaf) => (actor.stateById.get(leaf)?.path ?? [leaf]).map((s) => byState.get(s) as number));
  });
  const levelEvents = ir.indicators.map((ind) => {
    const out: { level: number; atLeast: boolean; event: number }[] = [];
    for (const share of LEVELS) {
      const level = ind.min + share * (ind.max - ind.min);
      if (level === ind.initial) continue;
      const atLeast = level > ind.initial;
      events.push({ text: `indicators.${ind.id} ${atLeast ? '>=' : '<='} ${fmt(level)}`, kind: atLeast ? 'at-least' : 'at-most' });
      out.push({ level, atLeast, event: events.length - 1 });
    }
    return out;
  });
  /** Marks in `first` (65535 = not yet) the events seen in this state. */
  const mark = (first: Uint16Array, k: { ind: Float64Array; actorState: Int32Array }, month: number, fired: number) => {
    if (fired >= 0) {
      const e = triggerEvent[fired] as number;
      if (e >= 0 && first[e] === NEVER) first[e] = month;
    }
    for (let a = 0; a < stateEvents.length; a++) {
      const list = (stateEvents[a] as number[][])[k.actorState[a] as number] as number[];
      for (let i = 0; i < list.length; i++) if (first[list[i] as number] === NEVER) first[list[i] as number] = month;
    }
    for (let i = 0; i < levelEvents.length; i++) {
      const v = k.ind[i] as number;
      for (const l of levelEvents[i] as { level: number; atLeast: boolean; event: number }[])
        if (first[l.event] === NEVER && (l.atLeast ? v >= l.level : v <= l.level)) first[l.event] = month;
    }
  };
  return { events, mark, NEVER };
}
