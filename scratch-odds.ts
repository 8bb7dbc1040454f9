// scratch: measured odds of the iraq scenario under variants (not committed)
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { runBatch } from './src/analysis/runBatch.js';
import { summarizeBatch } from './src/analysis/summarizeBatch.js';
import { compileScenario } from './src/engine/compileScenario.js';
import { createKernel } from './src/engine/kernel/createKernel.js';
import { readScenario } from './src/scenario/readScenario.js';
import { initialWorld } from './src/engine/world.js';

const file = process.argv[2] ?? 'scenarios/iraq-coalition.yaml';
const text = readFileSync(file, 'utf8');
const N = 20000;
function odds(name: string, t: string, forces: [string, number][] = []) {
  const ir = compileScenario(readScenario(file, t));
  const k = createKernel(ir);
  const f = forces.map(([id, month]) => ({ trigger: k.triggerIds.indexOf(id), month }));
  const agg = runBatch(k, { seed: 2025, start: null, forces: f }, 0, N);
  const r = summarizeBatch(k, agg, { seed: 2025, startMonth: 0, forces: forces.map(([a]) => a) });
  const out = Object.entries(r.outcomes).map(([o, p]) => `${o} ${(p.p * 100).toFixed(1)} (${(p.ci95[0] * 100).toFixed(1)}–${(p.ci95[1] * 100).toFixed(1)})`);
  console.log(name.padEnd(28), out.join(' | '));
  return r;
}
const doc = parse(text);
const noShocks = structuredClone(doc);
for (const t of Object.values<any>(noShocks.triggers)) if (t.kind === 'exogenous') t.chance = 0;
const r = odds('baseline', text);
if (process.argv[3] === 'v') {
  const att = (r as any).attribution;
  for (const [id, a] of Object.entries<any>(att)) console.log('  ', id.padEnd(32), a.fired);
}
odds('no exogenous shocks', stringify(noShocks));
odds('framework_pro_exit @0', text, [['framework_pro_exit', 0]]);
odds('2 bilateral agreements @0,1', text, [['bilateral_training_agreements', 0], ['bilateral_training_agreements', 1]]);
odds('isis_resurgence @0', text, [['isis_resurgence', 0]]);
odds('isis_resurgence @6', text, [['isis_resurgence', 6]]);
odds('israel_iran_war @0', text, [['israel_iran_war', 0]]);
odds('krg_requests_deal @1', text, [['krg_requests_deal', 1]]);
const plac = structuredClone(doc);
plac.triggers.placebo = { kind: 'exogenous', label: 'Placebo', chance: 0.5, sources: ['F4'], rationale: 'test' };
odds('placebo trigger', stringify(plac));
