// `run` prints labels and session text (an override's reason) as text: no terminal escapes, no raw HTML or links in Markdown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

const MINIMAL = 'test/fixtures/valid/minimal.yaml';
const LABELS = 'test/fixtures/injection/md-labels.yaml';
const PAYLOAD = '\u001b]52;c;aGk=\u0007\u001b[2J<script>alert(1)</script>';
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A session of the minimal scenario with an override whose reason is hostile (audit F6). */
function overrideSession(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sc-ov-')), 'ov.json');
  const session = {
    format: 'statecraft-session',
    version: 3,
    scenario: { id: 'minimal', fingerprint: 'f82f162eade9d463' },
    seed: 1,
    branch: 'main',
    cursor: 1,
    branches: { main: [{ kind: 'override', indicator: 'risk', value: 60, reason: PAYLOAD }] },
    cursors: {},
  };
  writeFileSync(file, JSON.stringify(session));
  return file;
}

describe('run output from hostile text', () => {
  it("should show an override reason's control characters as \\xNN in text, and escape it in Markdown", async () => {
    const from = overrideSession();
    const text = await statecraft('run', MINIMAL, '--from', from, '--steps', 'advance');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('\\x1b]52;c;aGk=\\x07\\x1b[2J<script>');
    expect(text.stdout).not.toMatch(CONTROL);
    const md = await statecraft('run', MINIMAL, '--from', from, '--steps', 'advance', '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('\\x1b\\]52;c;aGk=\\x07\\x1b\\[2J&lt;script&gt;');
    expect(md.stdout).not.toMatch(CONTROL);
    expect(md.stdout).not.toContain('<script');
  });

  it('should escape the HTML, pipes and links of scenario labels in Markdown (audit F13)', async () => {
    const md = await statecraft('run', LABELS, '--steps', 'shock', '--format', 'md');
    expect(md.code).toBe(0);
    for (const raw of ['<img', '<script', '](javascript:']) expect(md.stdout).not.toContain(raw);
    expect(md.stdout).toContain('# A title with &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    // The actor row keeps its two cells: the label's pipe is escaped.
    const row = md.stdout.split('\n').find((l) => l.startsWith('| gov |')) as string;
    expect(row).toBe('| gov | `quiet` &lt;img src=x onerror=alert\\(1\\)&gt; \\| x \\]\\(javascript:alert\\(1\\)\\) |');
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });
});
