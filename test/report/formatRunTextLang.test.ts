// `statecraft run --lang ar`: the text output's own words come from the catalog; ids, dates and values stay as written.
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

describe('run --lang ar text output', () => {
  it('should word the headings in Arabic and say that the step explanations are in English', async () => {
    const r = await statecraft('run', '--steps', 'advance', '--lang', 'ar');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^نهاية مهمة التحالف .* \(iraq-coalition\)، البذرة 1$/);
    expect(lines[1]).toBe('(شروح الخطوات بالإنجليزية: يصوغها تقرير التشغيل مرة واحدة لكل صيغ الإخراج)');
    expect(r.stdout).toContain('الحالة النهائية، 2025-10\n  النتيجة   مفتوحة (لم تُحسم بعد)\n  الأطراف\n');
    expect(r.stdout).toContain('    us_troops              1800  من 0..5000 troops');
    expect(r.stdout, 'no direction isolates reach the terminal').not.toMatch(/[\u2066-\u2069]/);
  });

  it('should keep the English output as it was', async () => {
    const r = await statecraft('run', '--steps', 'advance');
    expect(r.stdout).toContain('Final state, 2025-10\n  outcome   open (not decided yet)\n  actors\n');
    expect(r.stdout).toContain('    us_troops              1800  of 0..5000 troops');
  });
});
