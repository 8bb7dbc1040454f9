// What a plain batch's 95% interval covers, said next to it: the randomness of the runs, not the guessed values.
import type { IR } from '../engine/ir.js';

/**
 * One sentence under a plain batch's odds. A scenario that declares ranges is played at their central values, so the
 * interval leaves out how uncertain those values are; the sentence says so and names the command that shows it.
 */
export function intervalScope(ir: Pick<IR, 'parameters'>): string {
  const n = ir.parameters.length;
  if (n === 0) return 'The 95% interval covers the randomness of the runs only (the scenario declares no ranges).';
  const values = n === 1 ? '1 ranged value' : `${n.toLocaleString('en-US')} ranged values`;
  return `The 95% interval covers the randomness of the runs only, at the central values of the scenario's ${values}; for the spread those guesses add, run the same batch with --uncertainty.`;
}
