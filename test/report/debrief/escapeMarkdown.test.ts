import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/report/debrief/escapeMarkdown.js';
import { formatDebriefHtml } from '../../../src/report/debrief/formatDebriefHtml.js';
import { formatDebriefMarkdown } from '../../../src/report/debrief/formatDebriefMarkdown.js';
import { playDebrief } from './playDebrief.js';

describe('Markdown escaping of what people typed', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['<iframe src=javascript:alert(1)>', '&lt;iframe src=javascript:alert\\(1\\)&gt;'],
    ['[Blue](javascript:alert(1))', '\\[Blue\\]\\(javascript:alert\\(1\\)\\)'],
    ['see ](javascript:x)', 'see \\]\\(javascript:x\\)'],
    ['a | b\nc', 'a \\| b c'],
    ['\u001b]52;c;aGk=\u0007\u001b[2J\u009b', '\\x1b\\]52;c;aGk=\\x07\\x1b\\[2J\\x9b'],
  ])('should make %j inert', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('should leave no raw tag, link or table break from team names, notes and reasons in the debrief', () => {
    const md = formatDebriefMarkdown(playDebrief('harir-in-45', 'test/exercise/harir-in-45-payloads.yaml', { runs: 100 }).debrief);
    for (const raw of ['<script', '<img', '<iframe', '](javascript:', '| a | table |']) expect(md).not.toContain(raw);
    expect(md).toContain('| 1 | \\[Blue\\]\\(javascript:alert\\(1\\)\\) |');
    expect(md).toContain('note: **Note**<br>see \\]\\(javascript:alert\\(1\\)\\) and \\| a \\| table \\| break');
    // The note's row keeps its three cells: no pipe from the note splits one.
    const note = md.split('\n').find((l) => l.includes('note: **Note**')) as string;
    expect(note.replace(/\\\|/g, '').split('|')).toHaveLength(5);
  });

  it('should show the control characters of a transcript note as \\xNN in the Markdown and HTML debriefs (OSC 52, clear screen)', () => {
    const script = join(mkdtempSync(join(tmpdir(), 'sc-note-')), 'note.yaml');
    writeFileSync(script, 'steps:\n  - note: "copy \\e]52;c;aGk=\\a and \\e[2J clear"\n  - advance\n');
    const { debrief } = playDebrief('harir-in-45', script, { runs: 50 });
    const md = formatDebriefMarkdown(debrief);
    const html = formatDebriefHtml(debrief);
    expect(md).toContain('copy \\x1b\\]52;c;aGk=\\x07 and \\x1b\\[2J clear');
    expect(html).toContain('copy \\x1b]52;c;aGk=\\x07 and \\x1b[2J clear');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point.
    for (const text of [md, html]) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
