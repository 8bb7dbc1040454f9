// Arabic in a real terminal: the interface's own words from the catalog, dates by Intl, no English mixed in, no number cut.
import { describe, expect, it } from 'vitest';
import { start } from './pty.js';

describe('statecraft play --lang ar', () => {
  it('should show the screen in Arabic at 80×24: titles, date, hints; no English description, no cut number', async () => {
    const run = start(['play', '--lang', 'ar', '--no-odds']);
    await run.waitFor('المحفزات: 15 من 26 متاحة');
    const screen = run.screen();
    expect(screen).toContain('سبتمبر 2025 (الشهر 1/13) · الخطوة 0 · البذرة 1 · main');
    expect(screen).toContain('الأطراف');
    expect(screen).toContain('النتيجة  مفتوحة · الموعد التالي: نهاية سبتمبر 2025');
    expect(screen).toContain('q خروج');
    expect(screen).toContain('عودة نشاط داعش في غرب العراق');
    expect(screen, 'the English description is not mixed into the Arabic line').not.toContain('ISIS attacks in Anbar');
    expect(screen, 'a label is never cut inside a number').not.toMatch(/\d…/);
    run.press('q');
    expect(await run.exit).toBe(0);
  });

  it('should refuse a language the scenario has no labels in', async () => {
    const run = start(['play', '--lang', 'fr']);
    expect(await run.exit).toBe(2);
    expect(run.screen()).toContain('--lang fr: scenario "iraq-coalition" has no labels in "fr"');
    expect(run.screen()).toContain('use one of: ar, en');
  });
});
