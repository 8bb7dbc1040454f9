process.env.NODE_ENV='production';
const cpu=()=>{const c=process.cpuUsage();return (c.user+c.system)/1000};
const { readFileSync } = await import('node:fs');
const { parseSource } = await import('../dist/scenario/parseSource.js');
const { checkShape } = await import('../dist/scenario/checkShape.js');
const { scenarioSchema } = await import('../dist/scenario/scenarioSchema.js');
const { checkReferences } = await import('../dist/scenario/checkReferences.js');
const { createCelEnvironment } = await import('../dist/scenario/createCelEnvironment.js');
const { checkExpressions } = await import('../dist/scenario/checkExpressions.js');
const { collectExpressions } = await import('../dist/scenario/collectExpressions.js');
const { checkRanges } = await import('../dist/scenario/checkRanges.js');
const text = readFileSync('scenarios/iraq-coalition.yaml', 'utf8');
for (let i=0;i<2;i++){
let t=cpu(); const { source, value } = parseSource('x', text); const a=cpu()-t;
t=cpu(); const scenario = checkShape(source, scenarioSchema, value); const b=cpu()-t;
t=cpu(); const { diagnostics, names } = checkReferences(source, scenario); const c=cpu()-t;
t=cpu(); const env = createCelEnvironment(names.indicators, [...names.actors.keys()]); const d=cpu()-t;
t=cpu(); const ch = checkExpressions(source, collectExpressions(scenario), env, names); const e=cpu()-t;
t=cpu(); checkRanges(source, scenario); const f=cpu()-t;
console.log({yaml:a, shape:b, refs:c, env:d, exprs:e, ranges:f});
}
