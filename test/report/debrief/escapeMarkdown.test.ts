import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/report/debrief/escapeMarkdown.js';
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
});
