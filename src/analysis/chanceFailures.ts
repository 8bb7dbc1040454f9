// Chances that fail in every explored state where they are rolled, reported even where interval arithmetic proves nothing.
import type { Kernel } from '../engine/kernel/createKernel.js';
import { activationOf, EvaluationFailure, evaluate } from '../engine/world.js';
import { evalAbstract } from './evalAbstract.js';
import { type Exploration, pathTo } from './exploreStates.js';
import type { Finding } from './reachFindings.js';
import { declaredEnv } from './staticFindings.js';

/**
 * Per rolled chance that interval arithmetic says can fail but does not prove always fails (staticFindings reports
 * those): evaluated in each explored state where its trigger is enabled, an error when it failed in every one of them,
 * with the steps to the first and a rolled month. Over an exhaustive exact search that covers every reachable state; otherwise it says
 * "in the states explored". A chance that succeeds once is dropped, so this costs little unless a chance keeps failing.
 */
export function chanceFailures(kernel: Kernel, explorations: readonly Exploration[], exhaustive: boolean): Finding[] {
  const { ir } = kernel;
  const env = declaredEnv(ir);
  const open = new Map<number, { failed: number; first: { x: Exploration; index: number } | null }>();
  ir.triggers.forEach((t, i) => {
    if (!t.chance || t.kind === 'scheduled') return;
    const a = evalAbstract(t.chance.ast, env);
    const provenToFail = !a.ok || (a.v.kind === 'num' && (a.v.lo > a.v.hi || a.v.infinite === true));
    const mayFail = a.err || a.v.kind !== 'num' || a.v.nan || !Number.isFinite(a.v.lo) || !Number.isFinite(a.v.hi);
    if (mayFail && !provenToFail) open.set(i, { failed: 0, first: null });
  });
  for (const x of explorations) {
    for (let index = 0; index < x.states.length && open.size > 0; index++) {
      const k = x.states[index]?.state;
      if (!k || k.ended || k.error !== null) continue;
      let act: ReturnType<typeof activationOf> | null = null;
      for (const [t, seen] of open) {
        if (!kernel.enabled(k, t)) continue;
        act ??= activationOf(ir, kernel.toWorld(k));
        try {
          evaluate(ir.triggers[t]?.chance as NonNullable<(typeof ir.triggers)[number]['chance']>, act);
          open.delete(t);
        } catch (e) {
          if (!(e instanceof EvaluationFailure)) throw e;
          seen.failed += 1;
          seen.first ??= { x, index };
        }
      }
    }
  }
  const out: Finding[] = [];
  for (const [t, { failed, first }] of open) {
    const chance = ir.triggers[t]?.chance;
    if (!chance || !first) continue;
    const where = exhaustive
      ? `in every reachable state where it is rolled (${failed.toLocaleString('en-US')}, exhaustive search)`
      : `in every one of the ${failed.toLocaleString('en-US')} explored states where it is rolled (the search was not exhaustive: this is not a proof that it always fails)`;
    out.push({
      severity: 'error',
      grounds: exhaustive ? 'exhaustive' : 'witness',
      code: exhaustive ? 'always-fails' : 'fails-where-explored',
      subject: chance.path,
      at: chance.at,
      // The way to a state where it fails, then a rolled month there (which evaluates it).
      steps: [...pathTo(kernel, first.x, first.index), 'roll'],
      message: `${chance.path} (${chance.text}) fails ${where} (an error, or not a finite number), so a run that rolls it there stops`,
    });
  }
  return out;
}
