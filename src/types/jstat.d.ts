// The parts of jstat (untyped CommonJS) that statecraft uses.
declare module 'jstat' {
  type Dist2 = { cdf(x: number, a: number, b: number): number; inv(p: number, a: number, b: number): number };
  const jstat: { jStat: { beta: Dist2; normal: Dist2 } };
  export default jstat;
}
