// `statecraft run --format md`: headings, table headers, kinds and the outcome in the interface language; ids and values as written; no invisible isolates.
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

describe('run --format md', () => {
  it('should word the Markdown in Arabic with --lang ar, ids and values as written, without isolates', async () => {
    const r = await statecraft('run', '--lang', 'ar', '--steps', 'isis_resurgence', '--format', 'md');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('السيناريو `iraq-coalition`، البذرة 1.');
    expect(lines).toContain('## التسلسل الزمني');
    expect(lines).toContain('| # | التاريخ | المحفز | ما حدث |');
    expect(r.stdout).toContain('| 1 | 2025-09 | `isis_resurgence` (نُفّذ) | الشرط المسبق actors.isis == "contained" متحقق');
    expect(lines).toContain('## الحالة النهائية (2025-09)');
    expect(lines).toContain('**النتيجة:** مفتوحة');
    expect(lines).toContain('| الطرف | الحالة |');
    expect(lines).toContain('| المؤشر | القيمة | المدى |');
    expect(lines).toContain('| isis_activity | 55 | 0..100 |');
    expect(r.stdout, 'no English headings left').not.toMatch(/Timeline|Final state|Outcome|\(fired\)|\| actor \||\| indicator \|/);
    expect(r.stdout, 'no invisible isolates in Markdown').not.toMatch(/[\u2066-\u2069]/);
  });

  it('should keep the English Markdown as it was', async () => {
    const r = await statecraft('run', '--steps', 'isis_resurgence', '--format', 'md');
    expect(r.stdout).toContain('Scenario `iraq-coalition`, seed 1.\n\n## Timeline\n\n| # | date | trigger | what happened |');
    expect(r.stdout).toContain('| 1 | 2025-09 | `isis_resurgence` (fired) | precondition');
    expect(r.stdout).toContain('## Final state (2025-09)\n\n**Outcome:** open\n\n| actor | state |');
    expect(r.stdout).toContain('| indicator | value | range |');
  });
});
