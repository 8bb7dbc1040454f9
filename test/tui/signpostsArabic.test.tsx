// The signposts overlay (w) and the odds trend row in Arabic: catalog words, Intl dates and numbers, no English fixed strings, visual order.
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { liveSignposts } from '../../src/analysis/liveSignposts.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { advance, startSession } from '../../src/engine/session.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { OddsTrend } from '../../src/tui/components/OddsTrend.js';
import { oddsTrendLine } from '../../src/tui/oddsTrend.js';
import { overlayView } from '../../src/tui/overlayView.js';
import { signpostLines } from '../../src/tui/signpostLines.js';
import { ThemeContext } from '../../src/tui/theme.js';
import { initialUiState, type UiState } from '../../src/tui/uiState.js';

const file = 'test/fixtures/uncertain/ranges.yaml';
const ir = compileScenario(readScenario(file, readFileSync(file, 'utf8')));
const stepper = createStepper(ir);
const at = (months: number): UiState => ({
  ...initialUiState(advance(startSession(stepper, 1), months), 'ar', null, null, true),
  mode: { kind: 'signposts' },
});
/** English words the overlay used to show, none of which may appear in Arabic mode. */
const ENGLISH =
  /SIGNPOSTS|Computing|Any key|From |runs from|seed|entropy|bits|seen|value|Listed|conditional|BY THE END|nothing observable|too few|Starting|could not/;

describe('the signposts overlay in Arabic', () => {
  it('should word progress, error and waiting in Arabic with the date by Intl', () => {
    const state = at(2);
    const computing = signpostLines(state, { kind: 'computing', done: 3000, total: 20_000 }).map(withoutIsolates);
    expect(computing[0]).toBe('جارٍ الحساب: 3000 من 20,000 تشغيلة من آذار 2025، الخطوة 2.');
    expect(computing[2]).toBe('أي مفتاح يلغي.');
    expect(signpostLines(state, { kind: 'idle' })).toEqual(['جارٍ البدء…']);
    expect(signpostLines(state, { kind: 'error', message: 'boom' })[0]).toBe('تعذّر حساب المؤشرات الدالّة: \u2068boom\u2069');
    for (const l of computing) expect(l).not.toMatch(ENGLISH);
  });

  it('should show the report in Arabic, naming the ratios as conditional statistics, with ids and numbers as written', async () => {
    const state = at(2);
    const report = await liveSignposts(createKernel(ir), state.session.cursor.world, 4000, 1, 3, async () => true);
    if (!report) throw new Error('no report');
    const view = overlayView(state, { kind: 'off' }, 80, undefined, { kind: 'ready', report });
    expect(view?.title).toBe('مؤشرات دالّة للمراقبة من هنا (إحصاءات شرطية، لا أسباب)');
    const lines = signpostLines(state, { kind: 'ready', report }).map(withoutIsolates);
    expect(lines[0]).toMatch(/^من آذار 2025، الخطوة 2: 4000 تشغيلة من هنا، البذرة 1\. إنتروبيا النتيجة الآن: \d\.\d\d بت\.$/);
    expect(lines).toContain('هذه إحصاءات شرطية من النموذج: رؤية مؤشر دالّ تخبر عن نتيجة، ولا تجعلها تحدث.');
    expect(lines.filter((l) => l.startsWith('بحلول نهاية '))).toEqual(['آذار', 'نيسان', 'أيار', 'حزيران'].map((m) => `بحلول نهاية ${m} 2025`));
    const row = lines.findIndex((l) => /^ {2}\S.* {3}يُرى \d+\.\d% {3}القيمة \d\.\d{3} بت$/.test(l));
    expect(row).toBeGreaterThan(0);
    expect(lines[row + 1]).toMatch(/^ {6}fallen (×[\d.<]+ \([\d.<]+–[\d.<]+\)|تشغيلات أقل من اللازم) {2}held /);
    for (const l of [view?.title ?? '', ...lines]) expect(l).not.toMatch(ENGLISH);
  });
});

describe('the odds trend row in Arabic', () => {
  const series = [
    { id: 'fallen', values: [0.1, null, 0.9] },
    { id: 'held', values: [0.9, null, 0.1] },
  ];

  it('should title the row in Arabic and keep each sparkline oldest-first', () => {
    const line = oddsTrendLine(series, 80, 'ar') ?? '';
    expect(line.trimEnd()).toBe('الاتجاه  \u2068fallen ▁·█  held █·▁\u2069');
    expect(line).not.toContain('TREND');
  });

  it('should draw it right-aligned in visual order, the title on the right and the sparklines left to right', () => {
    const line = oddsTrendLine(series, 80, 'ar');
    const frame = render(
      <ThemeContext.Provider value={{ color: false, visual: true }}>
        <OddsTrend line={line} width={80} />
      </ThemeContext.Provider>,
    ).lastFrame();
    expect(frame).toBe('fallen ▁·█  held █·▁  هاجتالا'.padStart(80));
  });
});
