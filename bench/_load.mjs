process.env.NODE_ENV='production';
const { loadScenario } = await import('../dist/scenario/loadScenario.js');
const { compileScenario } = await import('../dist/engine/compileScenario.js');
const { createStepper } = await import('../dist/engine/createStepper.js');
const { parseDocument } = await import('yaml');
const { readFileSync } = await import('node:fs');
for (let i = 0; i < 4; i++) {
  let t = performance.now(); const c = loadScenario(undefined); const a = performance.now() - t;
  t = performance.now(); const ir = compileScenario(c); const b = performance.now() - t;
  t = performance.now(); createStepper(ir); const d = performance.now() - t;
  t = performance.now(); parseDocument(readFileSync('scenarios/iraq-coalition.yaml','utf8')); const e = performance.now() - t;
  console.log('load', a.toFixed(1), 'compile', b.toFixed(1), 'stepper', d.toFixed(1), 'yaml alone', e.toFixed(1));
}
