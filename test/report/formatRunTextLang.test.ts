// `statecraft run --lang ar`: the text output's own words come from the catalog; ids, dates and values stay as written.
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

describe('run --lang ar text output', () => {
  it('should word the headings and the step explanations in Arabic', async () => {
    const r = await statecraft('run', '--steps', 'advance', '--lang', 'ar');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^نهاية مهمة التحالف .* \(iraq-coalition\)، البذرة 1$/);
    expect(lines[1]).toBe('');
    expect(r.stdout).toContain('الحالة النهائية، 2025-10\n  النتيجة   مفتوحة (لم تُحسم بعد)\n  الأطراف\n');
    // Units are scenario words: the shipped scenario gives them in Arabic too.
    expect(r.stdout).toContain('    us_troops              1800  من 0..5000 جندي');
    expect(r.stdout, 'no direction isolates reach the terminal').not.toMatch(/[\u2066-\u2069]/);
  });

  it('should explain a fired step in Arabic, keep expressions and values as written, and keep the JSON contract English', async () => {
    const r = await statecraft('run', '--steps', 'isis_resurgence', '--lang', 'ar');
    expect(r.stdout).toContain('        الشرط المسبق actors.isis == "contained" متحقق (actors.isis = "contained")');
    expect(r.stdout).not.toContain('precondition');
    const json = await statecraft('run', '--steps', 'isis_resurgence', '--lang', 'ar', '--format', 'json');
    expect(JSON.parse(json.stdout).steps[0].explanation[0]).toBe('precondition actors.isis == "contained" holds (actors.isis = "contained")');
  });

  it('should word each cause and each check role from the catalog, ids as written', async () => {
    const r = await statecraft('run', '--steps', 'isis_resurgence,advance', '--lang', 'ar');
    expect(r.stdout).toContain('  #1  2025-09  isis_resurgence  [نُفّذ]  ');
    expect(r.stdout).toContain('  #2  2025-09  baghdad_airport_exit  [مجدول]  ');
    expect(r.stdout).toContain('  #4  2025-09  advance  [الساعة]');
    expect(r.stdout).toContain('        شرط الانتقال baghdad[1] متحقق: indicators.security_need >= 65 (indicators.security_need = 70)');
    expect(r.stdout).not.toMatch(/\[(fired|scheduled|clock|rolled)\]|شرط transition/);
    const rolled = await statecraft('run', '--steps', 'roll', '--seed', '3', '--lang', 'ar');
    expect(rolled.stdout).toContain('[بالصدفة]');
  });

  it('should word the refusal of a blocked trigger in Arabic, as play does, with the step named as given', async () => {
    const r = await statecraft('run', '--lang', 'ar', '--steps', 'isis_contained_again');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('خطأ: --steps العنصر 1: لا يمكن تنفيذ «isis_contained_again»: الشرط المسبق actors.isis == "resurgent" غير متحقق');
    expect(r.stderr).toMatch(/^تلميح: نفّذ محفزاً متاحاً/m);
    expect(r.stderr).not.toContain('cannot fire');
    const en = await statecraft('run', '--steps', 'isis_contained_again');
    expect(en.stderr).toContain('error: --steps item 1: cannot fire "isis_contained_again": precondition');
  });

  it('should word a step it cannot read in Arabic, with its place, and exit 2 as a usage error', async () => {
    const cases = [
      ['advance:0', 'خطأ: --steps العنصر 1: «advance:0» يحتاج عدداً صحيحاً من الأشهر من 1 إلى 1000\nتلميح: اكتب advance:3\n'],
      ['advance,x:1', 'خطأ: --steps العنصر 2: وحدهما advance و roll يأخذان عدداً، لا «x:1»\nتلميح: كرّر المحفز بدلاً من ذلك\n'],
      ['a:b:c', 'خطأ: --steps العنصر 1: تعذّرت قراءة الخطوة «a:b:c»\n'],
    ] as const;
    for (const [steps, said] of cases) {
      const r = await statecraft('run', '--lang', 'ar', '--steps', steps);
      expect(r.code, steps).toBe(2);
      expect(r.stderr, steps).toContain(said);
    }
    for (const odd of ['roll:0x10', 'roll:1e3', 'advance: 2', 'advance:2.0'])
      expect((await statecraft('run', '--steps', odd)).stderr, odd).toContain(`"${odd.trim()}" needs a whole number of months from 1 to 1000`);
    const en = await statecraft('run', '--steps', 'advance,x:1');
    expect(en.stderr).toMatch(/^error: --steps item 2: only advance and roll take a count, not "x:1"\nhint: repeat the trigger instead\n/);
  });

  it('should keep the English output as it was', async () => {
    const r = await statecraft('run', '--steps', 'advance');
    expect(r.stdout).toContain('Final state, 2025-10\n  outcome   open (not decided yet)\n  actors\n');
    expect(r.stdout).toContain('    us_troops              1800  of 0..5000 troops');
    const fired = await statecraft('run', '--steps', 'isis_resurgence');
    expect(fired.stdout).toContain('  #1  2025-09  isis_resurgence  [fired]  ');
    expect(fired.stdout).toContain('transition baghdad[1] guard passed: indicators.security_need >= 65');
  });
});
