process.env.NODE_ENV='production';
const M=(l)=>{const c=process.cpuUsage();console.log(l, ((c.user+c.system)/1000).toFixed(0))};
M('start');
for (const m of process.argv.slice(2)) { await import(m); M(m); }
