import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/report/textOf.js';
import { statecraft, tiny } from '../helpers.js';

describe('textOf', () => {
  it('should show bidi overrides, isolates and zero-width spaces of a label instead of obeying them, and keep every script', () => {
    expect(textOf('Calm \u202egnp.exe\u202c zero\u200bwidth \u2066x\u2069 \ufeff')).toBe('Calm \\u202egnp.exe\\u202c zero\\u200bwidth \\u2066x\\u2069 \\ufeff');
    expect(textOf({ en: 'Deal', ar: 'اتفاق \u200fثنائي', fa: 'می\u200cخواهد' }, 'fa'), 'ZWNJ stays in Persian').toBe('می\u200cخواهد');
    expect(textOf({ en: 'Deal', ar: 'اتفاق \u200fثنائي' }, 'ar'), 'RLM stays').toBe('اتفاق \u200fثنائي');
    expect(textOf('bell \u0007')).toBe('bell \\x07');
  });

  it('should keep a hostile title from reordering the line check prints', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'statecraft-bidi-')), 't.yaml');
    writeFileSync(file, tiny({ title: 'Calm \u202egnp.exe' }));
    const r = await statecraft('check', file);
    expect(r.stdout).toContain('Calm \\u202egnp.exe');
    expect(r.stdout).not.toContain('\u202e');
  });
});
