// Uncertainty and signposts: the nested loop against a plain batch of as many runs, and signposts at 20,000 runs.
import { readFileSync } from 'node:fs';
import { runBatch } from '../src/analysis/runBatch.js';
import { runNestedBatch } from '../src/analysis/runNestedBatch.js';
import { signposts } from '../src/analysis/signposts.js';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createKernel } from '../src/engine/kernel/createKernel.js';
import { withParameterSlots } from '../src/engine/withParameterSlots.js';
import { readScenario } from '../src/scenario/readScenario.js';
import { withChanceRanges } from '../src/scenario/withChanceRanges.js';
import { median, row } from './report.js';

/** Prints the uncertainty figures. */
export function benchUncertainty(): void {
  const file = 'scenarios/iraq-coalition.yaml';
  const text = readFileSync(file, 'utf8');
  const ranged = compileScenario(readScenario('iraq-ranges.yaml', withChanceRanges(text)));
  const plain = createKernel(ranged);
  const { ir, slots } = withParameterSlots(ranged);
  const slotted = { kernel: createKernel(ir), slots };
  const spec = { seed: 1, start: null, forces: [] };
  const [draws, perDraw] = [200, 500];
  // CPU time of this thread, which a machine busy with other work disturbs less than wall time.
  const time = (f: () => void) => {
    const t = process.cpuUsage();
    f();
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1000;
  };
  // Interleaved, so that a busy machine slows both alike; the median of six.
  const ratios: number[] = [];
  const plainBatch = () => time(() => runBatch(plain, spec, 0, draws * perDraw));
  const nestedBatch = () => time(() => runNestedBatch(slotted, spec, perDraw, 0, draws, undefined, false));
  for (let i = 0; i < 6; i++) {
    // Alternate which goes first, so that neither always pays for the other's garbage.
    let plainMs: number;
    let nestedMs: number;
    if (i % 2 === 0) {
      plainMs = plainBatch();
      nestedMs = nestedBatch();
    } else {
      nestedMs = nestedBatch();
      plainMs = plainBatch();
    }
    ratios.push(nestedMs / plainMs);
  }
  row(`--uncertainty ${draws}×${perDraw} ÷ plain batch of as many`, `${median(ratios).toFixed(2)}×`, '≤ 1.1×', median(ratios) / 1.1);

  const shipped = createKernel(compileScenario(readScenario(file, text)));
  signposts(shipped, spec, 2000, 5);
  const ms = median([0, 1, 2].map(() => time(() => signposts(shipped, spec, 20_000, 5))));
  // `time` is CPU time: on an idle 2-core machine the wall time is the same, as signposts run in one thread.
  row('signposts: shipped scenario, 20,000 runs (CPU)', `${(ms / 1000).toFixed(2)} s`, '< 3 s', ms / 3000);
}
