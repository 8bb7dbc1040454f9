// Semantic checks: every reference points at something that exists, and ids do not clash.
import type { Diagnostic } from '../core/errors.js';
import { parseMonth } from '../core/month.js';
import { didYouMean } from '../core/suggest.js';
import type { Names } from './checkExpressions.js';
import { diagnose } from './diagnose.js';
import { flattenStates } from './flattenStates.js';
import { namesOf } from './namesOf.js';
import type { Source } from './parseSource.js';
import type { Scenario } from './scenarioSchema.js';

const RESERVED_TRIGGERS = ['advance', 'roll'];
const RESERVED_OUTCOMES = ['open', 'undecided'];

/** Checks references and ids; returns the problems and the names expressions may use. */
export function checkReferences(source: Source, s: Scenario): { diagnostics: Diagnostic[]; names: Names } {
  const out: Diagnostic[] = [];
  const err = (path: PropertyKey[], code: string, message: string, hint?: string, at: 'key' | 'value' = 'value') =>
    out.push(diagnose(source, path, code, message, hint, { at }));
  const sourceIds = Object.keys(s.sources ?? {});
  const cite = (path: PropertyKey[], list: readonly string[] | undefined) =>
    list?.forEach((id, i) => {
      if (!sourceIds.includes(id)) {
        err([...path, 'sources', i], 'unknown-reference', `unknown source "${id}"`, didYouMean(id, sourceIds, 'source'));
      }
    });

  const start = parseMonth(s.clock.start) ?? 0;
  const end = parseMonth(s.clock.end) ?? 0;
  if (end < start) err(['clock', 'end'], 'clock-order', `the clock ends (${s.clock.end}) before it starts (${s.clock.start})`, 'swap start and end');

  const indicatorIds = Object.keys(s.indicators);
  for (const [id, ind] of Object.entries(s.indicators)) {
    cite(['indicators', id], ind.sources);
    if (ind.min > ind.max) err(['indicators', id, 'min'], 'bounds', `min (${ind.min}) is above max (${ind.max})`, 'swap min and max');
    else if (ind.initial < ind.min || ind.initial > ind.max) {
      err(
        ['indicators', id, 'initial'],
        'bounds',
        `initial value ${ind.initial} is outside ${ind.min}..${ind.max}`,
        `pick a value between ${ind.min} and ${ind.max}`,
      );
    }
    if (ind.drift && ind.min <= ind.max && (ind.drift.toward < ind.min || ind.drift.toward > ind.max)) {
      err(
        ['indicators', id, 'drift', 'toward'],
        'bounds',
        `drift baseline ${ind.drift.toward} is outside ${ind.min}..${ind.max}`,
        `pick a baseline between ${ind.min} and ${ind.max}`,
      );
    }
  }

  const names = namesOf(s);
  const actors = names.actors;
  for (const [aid, actor] of Object.entries(s.actors)) {
    cite(['actors', aid], actor.sources);
    const flat = flattenStates(actor.states);
    const seen = new Set<string>();
    for (const st of flat) {
      const path = ['actors', aid, ...st.path];
      cite(path, st.def.sources);
      if (seen.has(st.id))
        err(path, 'duplicate-id', `state id "${st.id}" is used twice in actor "${aid}"`, 'state ids must be unique within an actor, at any depth', 'key');
      seen.add(st.id);
      if (st.def.initial !== undefined && !st.children.includes(st.def.initial)) {
        err(
          [...path, 'initial'],
          'unknown-initial',
          `initial state "${st.def.initial}" is not a child of "${st.id}"`,
          didYouMean(st.def.initial, st.children, 'state'),
        );
      }
    }
    const top = Object.keys(actor.states);
    if (top.length === 0) err(['actors', aid, 'states'], 'no-states', `actor "${aid}" has no states`, 'give it at least one state');
    else if (!top.includes(actor.initial))
      err(
        ['actors', aid, 'initial'],
        'unknown-initial',
        `initial state "${actor.initial}" does not exist in actor "${aid}"`,
        didYouMean(actor.initial, top, 'top-level state'),
      );
  }
  const actorIds = [...actors.keys()];
  const checkActor = (path: PropertyKey[], id: string) => {
    if (actors.has(id)) return true;
    err(path, 'unknown-reference', `unknown actor "${id}"`, didYouMean(id, actorIds, 'actor'));
    return false;
  };
  const checkState = (path: PropertyKey[], actor: string, id: string) => {
    const states = actors.get(actor)?.all ?? [];
    if (!states.includes(id)) err(path, 'unknown-reference', `actor "${actor}" has no state "${id}"`, didYouMean(id, states, 'state'));
  };

  const scheduled = new Set((s.clock.schedule ?? []).map((e) => e.trigger));
  const triggerIds = Object.keys(s.triggers);
  for (const [tid, t] of Object.entries(s.triggers)) {
    const path = ['triggers', tid];
    cite(path, t.sources);
    if (RESERVED_TRIGGERS.includes(tid)) err(path, 'reserved-id', `"${tid}" is a reserved command name`, 'rename the trigger', 'key');
    if (t.kind === 'move' && t.actor === undefined)
      err(path, 'missing-field', `move "${tid}" needs an "actor" that owns it`, `add actor: one of ${actorIds.join(', ')}`);
    if (t.kind !== 'move' && t.actor !== undefined)
      err([...path, 'actor'], 'schema', `only moves have an owner; "${tid}" is ${t.kind}`, 'remove "actor" or set kind: move');
    if (t.actor !== undefined) checkActor([...path, 'actor'], t.actor);
    if (t.kind === 'scheduled' && !scheduled.has(tid))
      err([...path, 'kind'], 'never-scheduled', `scheduled trigger "${tid}" has no date`, `add {at: YYYY-MM, trigger: ${tid}} to clock.schedule`);
    for (const iid of Object.keys(t.effects ?? {})) {
      if (!indicatorIds.includes(iid))
        err([...path, 'effects', iid], 'unknown-reference', `unknown indicator "${iid}"`, didYouMean(iid, indicatorIds, 'indicator'), 'key');
    }
    (t.transitions ?? []).forEach((tr, i) => {
      const tp = [...path, 'transitions', i];
      if (!checkActor([...tp, 'actor'], tr.actor)) return;
      const froms = tr.from === undefined ? [] : Array.isArray(tr.from) ? tr.from : [tr.from];
      froms.forEach((f, j) => {
        checkState(Array.isArray(tr.from) ? [...tp, 'from', j] : [...tp, 'from'], tr.actor, f);
      });
      checkState([...tp, 'to'], tr.actor, tr.to);
    });
  }
  (s.clock.schedule ?? []).forEach((e, i) => {
    const path = ['clock', 'schedule', i];
    if (!triggerIds.includes(e.trigger))
      err([...path, 'trigger'], 'unknown-reference', `unknown trigger "${e.trigger}"`, didYouMean(e.trigger, triggerIds, 'trigger'));
    const at = parseMonth(e.at) ?? 0;
    if (at < start || at > end)
      err([...path, 'at'], 'date-range', `${e.at} is outside the clock (${s.clock.start} to ${s.clock.end})`, 'move the date inside the clock or widen it');
  });

  const outcomes = Object.entries(s.outcomes);
  if (outcomes.length === 0) err(['outcomes'], 'no-outcomes', 'the scenario has no outcomes', 'add at least one outcome with a rule and a priority');
  const priorities = new Map<number, string>();
  for (const [oid, o] of outcomes) {
    cite(['outcomes', oid], o.sources);
    if (RESERVED_OUTCOMES.includes(oid)) err(['outcomes', oid], 'reserved-id', `"${oid}" is reserved for the outcome status`, 'rename the outcome', 'key');
    const clash = priorities.get(o.priority);
    if (clash !== undefined)
      err(
        ['outcomes', oid, 'priority'],
        'duplicate-priority',
        `priority ${o.priority} is also used by "${clash}"`,
        'give each outcome its own priority so the order is clear',
      );
    priorities.set(o.priority, oid);
  }
  return { diagnostics: out, names };
}
