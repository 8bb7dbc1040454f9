import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/api/runBatch.js';
import { ScenarioError } from '../../src/core/errors.js';
import { flattenStates } from '../../src/scenario/flattenStates.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { unrangedChances } from './unrangedChances.js';

const FILE = 'scenarios/iraq-coalition.yaml';
const TEXT = readFileSync(FILE, 'utf8');
const { scenario } = readScenario(FILE, TEXT);
const claims = Array.from({ length: 23 }, (_, i) => `F${i + 1}`);

describe('the shipped iraq-coalition scenario', () => {
  it('should have exactly the three outcomes of the brief, the deal locking in', () => {
    expect(Object.keys(scenario.outcomes).sort()).toEqual(['full_exit', 'kurdistan_deal', 'redefined_mission']);
    expect(scenario.outcomes.kurdistan_deal?.lock).toBe(true);
    expect(scenario.outcomes.full_exit?.lock).toBeUndefined();
  });

  it('should model the required actors and triggers, and both deadlines on the clock', () => {
    expect(Object.keys(scenario.actors)).toEqual(expect.arrayContaining(['us', 'baghdad', 'framework', 'factions', 'krg', 'isis', 'iran']));
    const required = [
      'isis_resurgence',
      'drone_attack_erbil',
      'israel_iran_war',
      'syria_instability',
      'us_sanctions_factions',
      'weapons_control_deal',
      'bilateral_training_agreements',
      'krg_requests_deal',
      'framework_pro_exit',
      'framework_pro_presence',
      'hormuz_tension',
      'equipment_to_tanf',
      'ain_al_asad_handover',
      'us_commits_to_exit',
      'phase_one_deadline',
      'phase_two_deadline',
    ];
    expect(required).toHaveLength(16);
    expect(Object.keys(scenario.triggers)).toEqual(expect.arrayContaining(required));
    expect(scenario.clock).toMatchObject({ start: '2025-09', end: '2026-09' });
    expect(scenario.clock.schedule).toEqual([
      { at: '2025-09', trigger: 'baghdad_airport_exit' },
      { at: '2025-09', trigger: 'phase_one_deadline' },
      { at: '2026-09', trigger: 'phase_two_deadline' },
    ]);
    expect(scenario.indicators.us_troops?.initial).toBe(2500);
  });

  it('should list every claim F1–F23 as a source, and every claim should be cited somewhere', () => {
    expect(Object.keys(scenario.sources ?? {})).toEqual(claims);
    const cited = new Set(TEXT.match(/\bF\d+\b/g));
    for (const c of claims) expect(cited.has(c), c).toBe(true);
  });

  it('should cite sources on every actor, state, trigger, indicator and outcome', () => {
    const uncited: string[] = [];
    const check = (path: string, sources: readonly string[] | undefined) => {
      if (!sources || sources.length === 0) uncited.push(path);
    };
    for (const [id, a] of Object.entries(scenario.actors)) {
      check(`actors.${id}`, a.sources);
      for (const st of flattenStates(a.states)) check(`actors.${id}.${st.id}`, st.def.sources);
    }
    for (const [id, t] of Object.entries(scenario.triggers)) check(`triggers.${id}`, t.sources);
    for (const [id, i] of Object.entries(scenario.indicators)) check(`indicators.${id}`, i.sources);
    for (const [id, o] of Object.entries(scenario.outcomes)) check(`outcomes.${id}`, o.sources);
    expect(uncited).toEqual([]);
  });

  it('should label every trigger in English and Arabic, and give chances with a rationale', () => {
    for (const [id, t] of Object.entries(scenario.triggers)) {
      expect(typeof t.label === 'object' && t.label.en && t.label.ar, id).toBeTruthy();
      if (t.kind !== 'scheduled') {
        expect(t.chance, id).toBeDefined();
        expect(t.rationale, id).toBeTruthy();
      }
    }
  });

  it('should give every chance a range: a constant as {low, high}, an expression built from parameters (and 0) only', () => {
    expect(unrangedChances(readScenario(FILE, TEXT))).toEqual([]);
    // The walk finds a bare number, whether it stands alone, in a branch, or in a sum (0 adds nothing and passes).
    const edited = TEXT.replace('chance: { low: 0.2, high: 0.6, mean: 0.35 }', 'chance: 0.35')
      .replace(': params.isis_flare"', ': 0.04"')
      .replace("'params.stay_base + ", "'0.015 + ");
    expect(unrangedChances(readScenario(FILE, edited))).toEqual(['isis_resurgence: 0.04', 'israel_iran_ceasefire: 0.35', 'us_stays_for_strategy: 0.015']);
    // Every parameter is read by some expression, and every trigger with a constant range explains it.
    for (const [name, p] of Object.entries(scenario.parameters ?? {})) {
      expect(TEXT, name).toContain(`params.${name}`);
      expect(p.rationale, name).toMatch(/\S.*\./);
    }
  });

  it('should let every actor matter: each is read by some trigger precondition, chance, effect or guard', () => {
    const read = JSON.stringify(Object.values(scenario.triggers).map((t) => [t.when, t.chance, t.effects, t.transitions?.map((tr) => tr.guard)]));
    for (const id of Object.keys(scenario.actors)) expect(read, id).toContain(`actors.${id} `);
  });

  it('should start the actors where the article puts them in September 2025', () => {
    expect(scenario.actors.krg?.initial, 'Barzani openly opposes the withdrawal (F14)').toBe('lobbying');
    expect(scenario.actors.us?.initial, 'the moves so far are repositioning (F11, F19)').toBe('repositioned');
  });

  it('should declare at least three invariants', () => {
    expect(Object.keys(scenario.invariants ?? {}).length).toBeGreaterThanOrEqual(3);
  });

  it('should, on its own chances, make a redefined mission likelier than a full exit, with every outcome possible (F7, F19, F21)', async () => {
    // The kernel plays the same runs as the XState machine (test/engine/kernel/differential.test.ts), thousands of times faster.
    const report = await runBatch({ scenario: 'iraq-coalition', runs: 2000, seed: 1, workers: 1 });
    const count = (id: string) => report.outcomes[id]?.count ?? 0;
    expect(report.problems.invariant).toBe(0);
    expect(report.undecided.count).toBe(0);
    expect(count('redefined_mission')).toBeGreaterThan(count('full_exit'));
    expect(count('redefined_mission')).toBeGreaterThan(count('kurdistan_deal'));
    expect(count('full_exit')).toBeGreaterThan(0);
    expect(count('kurdistan_deal')).toBeGreaterThan(0);
  });

  // One broken copy of the real file per error class: the analyst's view of each message.
  const lineOf = (needle: string) => TEXT.slice(0, TEXT.indexOf(needle)).split('\n').length;
  const BROKEN: [string, string, string, string][] = [
    ['yaml syntax', '  step: 1 month', '  step: 1 month: [', 'yaml-syntax'],
    ['schema', '    min: 0\n    max: 5000', '    min: zero\n    max: 5000', 'schema'],
    ['unknown reference', '        to: harir_deal', '        to: harir_dael', 'unknown-reference'],
    ['duplicate id', '      departed:\n', '      repositioned:\n', 'duplicate-id'],
    ['CEL syntax', 'when: actors.krg == "lobbying"', 'when: actors.krg == == "lobbying"', 'cel-syntax'],
    ['unknown identifier', 'guard: indicators.kurdistan_attacks >= 50', 'guard: indicators.kurdistan_attack >= 50', 'unknown-identifier'],
    ['CEL type', 'when: actors.factions != "contained"\n    chance: { low: 0.06', 'when: actors.factions != 3\n    chance: { low: 0.06', 'cel-type'],
    ['unknown parameter', 'params.stay_invited', 'params.stay_invite', 'unknown-parameter'],
    ['chance range', 'chance: { low: 0.2, high: 0.6, mean: 0.35 }', 'chance: { low: 0.6, high: 0.2, mean: 0.35 }', 'range-order'],
    ['unknown initial', 'initial: lobbying', 'initial: quiet', 'unknown-initial'],
    ['drift out of bounds', 'drift: { toward: 72, rate: 0.08 }', 'drift: { toward: 172, rate: 0.08 }', 'bounds'],
    ['unknown source', 'sources: [F11]', 'sources: [F11, F24]', 'unknown-reference'],
  ];
  it.each(BROKEN)('should point at the %s error in an edited copy', (_name, find, replace, code) => {
    expect(TEXT.includes(find), find).toBe(true);
    let error: unknown;
    try {
      readScenario(FILE, TEXT.replace(find, replace));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const [first] = (error as ScenarioError).diagnostics;
    expect(first?.code).toBe(code);
    const changed = find.split('\n').findIndex((l, i) => l !== replace.split('\n')[i]);
    expect(first?.line).toBeGreaterThanOrEqual(lineOf(find) + Math.max(0, changed) - 1);
    expect(first?.line).toBeLessThanOrEqual(lineOf(find) + Math.max(0, changed) + 1);
  });
});
