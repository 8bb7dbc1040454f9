const { readFileSync } = await import('node:fs');
const Y = await import('yaml');
const text = readFileSync('scenarios/iraq-coalition.yaml', 'utf8');
const cpu=()=>{const c=process.cpuUsage();return (c.user+c.system)/1000};
const mode = process.argv[2];
let t=cpu();
if (mode==='lexer') { for (const _ of new Y.Lexer().lex(text)); }
else if (mode==='parser') { for (const _ of new Y.Parser().parse(text)); }
else if (mode==='nolc') Y.parseDocument(text, { prettyErrors:false, uniqueKeys:true });
else if (mode==='nouk') Y.parseDocument(text, { lineCounter: new Y.LineCounter(), prettyErrors:false, uniqueKeys:false });
else if (mode==='parse') Y.parse(text);
else Y.parseDocument(text, { lineCounter: new Y.LineCounter(), prettyErrors:false, uniqueKeys:true });
console.log(mode, (cpu()-t).toFixed(0));
