// Arabic in a real terminal at 80×24: the interface's own words from the catalog, dates by Intl, no English mixed in, no number cut; visual order for terminals without bidi.
import { describe, expect, it } from 'vitest';
import { start } from './pty.js';

/** No line shows a number cut by "…" (the old "2026" → "20…"). */
const noCutNumber = (screen: string) => expect(screen, 'a label is never cut inside a number').not.toMatch(/\d…/);

describe('statecraft play --lang ar, in logical order (a terminal that does bidi itself)', () => {
  it('should show the screen in Arabic: titles, date with its full year, hints; no English description, no cut number', async () => {
    const run = start(['play', '--lang', 'ar', '--no-odds'], { STATECRAFT_BIDI: 'terminal' });
    await run.waitFor('المحفزات: 15 من 26 متاحة');
    const screen = run.screen();
    expect(screen).toContain('أيلول 2025 (الشهر 1/13) · الخطوة 0 · البذرة 1 · main');
    expect(screen).toContain('الأطراف');
    expect(screen).toContain('النتيجة  مفتوحة · الموعد التالي: نهاية أيلول 2025، ');
    expect(screen).toContain('↑↓ اختيار  ⏎ تنفيذ  a شهر  R صدفة');
    expect(screen).toContain('q خروج');
    expect(screen).toContain('عودة نشاط داعش في غرب العراق');
    expect(screen, 'the English description is not mixed into the Arabic line').not.toContain('ISIS attacks in Anbar');
    noCutNumber(screen);
    run.press('q');
    expect(await run.exit).toBe(0);
  });

  it('should say in Arabic what a step did, and show help, explanation and the quit question in Arabic', async () => {
    const run = start(['play', '--lang', 'ar', '--no-odds'], { STATECRAFT_BIDI: 'terminal' });
    await run.waitFor('المحفزات');
    run.press('a');
    await run.waitFor('تقدمنا إلى تشرين الأول 2025');
    expect(run.screen().split('\n')[0]).toContain('تشرين الأول 2025 (الشهر 2/13) · الخطوة');
    run.press('?');
    await run.waitFor('أي مفتاح آخر يغلق');
    await run.waitFor('الأسطر 1–17 من');
    const help = run.screen();
    expect(help).toContain('المفاتيح');
    expect(help).toContain('R          لعب شهر بالصدفة (ببذرة ثابتة، كما في run --steps roll)');
    noCutNumber(help);
    run.press('x');
    await run.waitFor('↑↓ اختيار');
    run.press('e');
    await run.waitFor('· 2025-09 · advance (الساعة)');
    expect(run.screen()).toContain('تنتقل الساعة إلى الشهر التالي.');
    expect(run.screen(), 'the drift is worded in Arabic; ids and values stay as written').toContain('faction_pressure ينجرف 0.1 نحو 55: 50 → 50.5');
    noCutNumber(run.screen());
    run.press('x');
    await run.waitFor('↑↓ اختيار');
    run.press('q');
    await run.waitFor('تغييرات غير محفوظة. الخروج على أي حال؟');
    expect(run.screen()).toContain('y خروج دون حفظ  s حفظ ثم خروج  أي مفتاح آخر للبقاء');
    run.press('y');
    expect(await run.exit).toBe(0);
  });

  it('should refuse a language the scenario has no labels in', async () => {
    const run = start(['play', '--lang', 'fr']);
    expect(await run.exit).toBe(2);
    await run.waitFor('--lang fr: scenario "iraq-coalition" has no labels in "fr"');
    expect(run.screen()).toContain('use one of: ar, en');
  });
});

describe('statecraft play --lang ar, in visual order (a terminal without bidi, such as tmux or xterm)', () => {
  it('should reorder each line right to left and right-align it, keeping numbers and ids in reading order', async () => {
    const run = start(['play', '--lang', 'ar', '--no-odds'], { STATECRAFT_BIDI: 'visual' });
    await run.waitFor('تازفحملا');
    const lines = run.screen().split('\n');
    expect(lines[0], 'the title starts at the right edge; the year stays 2025').toMatch(/^main · 1 ةرذبلا · 0 ةوطخلا · \(1\/13 رهشلا\) 2025 لوليأ .*ةياهن$/);
    expect(lines[2], 'the actors panel is on the right').toMatch(/فارطألا$/);
    run.press('a');
    await run.waitFor('2025 لوألا نيرشت ىلإ انمدقت');
    const status = run.screen().split('\n')[21] ?? '';
    expect(status, 'a mixed line, right-aligned: "تقدمنا إلى تشرين الأول 2025" read right to left').toBe(`${' '.repeat(53)}2025 لوألا نيرشت ىلإ انمدقت`);
    run.press('?');
    await run.waitFor('قلغي رخآ حاتفم يأ');
    await run.waitFor('حيتافملا');
    const help = run.screen().split('\n');
    expect(
      help.find((l) => l.endsWith(' R')),
      'a Latin phrase inside an Arabic line keeps its own order',
    ).toMatch(/\(run --steps roll يف امك ،ةتباث ةرذبب\) ةفدصلاب رهش بعل {10}R$/);
    noCutNumber(run.screen());
    run.press('x');
    await run.waitFor('رايتخا ↓↑');
    run.press('u');
    await run.waitFor('0 ةوطخلا ىلإ اندع :انعجارت');
    run.press('q');
    expect(await run.exit).toBe(0);
  });

  describe('statecraft play --lang ar, the odds', () => {
    for (const bidi of ['visual', 'terminal']) {
      it(`should put the % sign on the same side of every number on the odds lines (${bidi} order)`, async () => {
        const run = start(['play', '--lang', 'ar'], { STATECRAFT_BIDI: bidi });
        // The odds lines: those naming an outcome, without the trend's sparklines.
        const oddsOf = (screen: string) =>
          screen
            .split('\n')
            .filter((l) => /kurdistan_deal|full_exit|redefined_mission/.test(l) && !/[▁-█]/.test(l))
            .join('\n');
        await run.waitForScreen((screen) => expect(oddsOf(screen)).toMatch(/redefined_mission/));
        const odds = oddsOf(run.screen());
        for (const id of ['kurdistan_deal', 'full_exit', 'redefined_mission'])
          expect(odds, `${id}, its odds with % after the number, then its band`).toMatch(new RegExp(`${id} \\d+\\.\\d% \\(\\d+–\\d+\\)`));
        expect(odds, 'no % before a number').not.toMatch(/%\d/);
        run.press('q');
        expect(await run.exit).toBe(0);
      });
    }
  });
});
