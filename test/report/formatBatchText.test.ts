// A batch report prints text it did not make (a merged shard's sequences, problem details, what-ifs) as text, in every format.
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/analysis/runBatch.js';
import { summarizeBatch } from '../../src/analysis/summarizeBatch.js';
import { printBatch } from '../../src/cli/printBatch.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { fixtureStepper } from '../helpers.js';

const PAYLOAD = '\u001b]52;c;aGk=\u0007\u001b[2J<script>alert(1)</script> | ](javascript:alert(1))';
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A real report of the minimal scenario, with the payload wherever a shard's text ends up. */
function hostileReport() {
  const stepper = fixtureStepper('minimal');
  const kernel = createKernel(stepper.ir);
  const report = summarizeBatch(kernel, runBatch(kernel, { seed: 1, start: null, forces: [] }, 0, 200), { seed: 1, startMonth: 0, forces: [] });
  report.sequences.crisis = [{ sequence: [PAYLOAD], count: 1, p: 0.005, ci95: [0.001, 0.028] }];
  report.problems = { invariant: 0, error: 1, examples: [{ run: 3, kind: 'error', detail: PAYLOAD, steps: 'roll:2' }] };
  report.provenance = {
    scenario: { id: 'minimal', fingerprint: '0123456789abcdef' },
    seed: 1,
    runs: 200,
    sets: [`triggers.shock.chance=0.1 ${PAYLOAD}`],
    forces: [],
    from: { file: PAYLOAD, fingerprint: '0123456789abcdef' },
    statecraft: '1.0.0',
  };
  return { ir: stepper.ir, report };
}

describe('hostile text in a batch report', () => {
  it('should show control characters as \\xNN in the terminal report, and quote the replay line for a shell', () => {
    const { ir, report } = hostileReport();
    const text = printBatch(ir, report, 'table', 100, 'test/fixtures/valid/minimal.yaml');
    expect(text).not.toMatch(CONTROL);
    expect(text).toContain('\\x1b]52;c;aGk=\\x07\\x1b[2J<script>');
    expect(text).toMatch(
      /statecraft run test\/fixtures\/valid\/minimal\.yaml --from '\\x1b\]52;c;aGk=\\x07\\x1b\[2J<script>alert\(1\)<\/script> \| \]\(javascript:alert\(1\)\)' --set 'triggers\.shock\.chance=0\.1 /,
    );
  });

  it('should escape HTML, links, pipes and control characters in Markdown (F13), and control characters in CSV', () => {
    const { ir, report } = hostileReport();
    const md = printBatch(ir, report, 'md', 100, undefined);
    expect(md).not.toMatch(CONTROL);
    for (const raw of ['<script', '](javascript:']) expect(md).not.toContain(raw);
    expect(md).toContain('\\x1b\\]52;c;aGk=\\x07\\x1b\\[2J&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| \\]\\(javascript:alert\\(1\\)\\)');
    const csv = printBatch(ir, report, 'csv', 100, undefined);
    expect(csv).not.toMatch(CONTROL);
    expect(csv).toContain('\\x1b]52;c;aGk=\\x07');
  });
});
