process.env.NODE_ENV='production';
const t0 = performance.now(); const c0 = process.cpuUsage();
for (const m of process.argv.slice(2)) { const t=performance.now(); const c=process.cpuUsage(); await import(m); const cu=process.cpuUsage(c); console.log(m, (performance.now()-t).toFixed(0), 'ms wall', ((cu.user+cu.system)/1000).toFixed(0), 'ms cpu'); }
