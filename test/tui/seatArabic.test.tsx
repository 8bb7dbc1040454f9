// A team's seat and the projector view in Arabic (the host's language, sent in the view): every fixed word from the catalog, none in English.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../src/i18n/messages.js';
import type { SeatView } from '../../src/server/seatView.js';
import type { KeyPress } from '../../src/tui/keyPress.js';
import { handleSeatKey, type SeatUi } from '../../src/tui/seat/handleSeatKey.js';
import { SeatScreen } from '../../src/tui/seat/SeatScreen.js';
import { seatFormLines } from '../../src/tui/seat/seatLines.js';

const view: SeatView = {
  lang: 'ar',
  exercise: { id: 'x', title: 'تمرين' },
  date: 'آذار 2026',
  month: 6,
  months: 12,
  outcome: { status: 'open', label: 'open' },
  ended: false,
  briefing: 'إحاطة مشتركة',
  roleBriefing: 'إحاطتك',
  injects: [{ date: 'آذار 2026', title: 'خبر', narrative: 'سرد', question: null }],
  actors: [{ id: 'us', state: 'حاضر' }],
  indicators: [{ id: 'isis', label: 'نشاط داعش', value: 30, min: 0, max: 100 }],
  outcomes: [
    { id: 'a', label: 'خروج' },
    { id: 'b', label: 'بقاء' },
  ],
  decisions: [{ id: 'ask', prompt: 'اطلب؟', options: [{ id: 'pass', label: 'pass', enabled: true }] }],
  prompts: [{ id: 'start', prompt: 'ما الأرجح؟', answered: false }],
  moves: [],
  pending: [],
  log: ['آذار 2026  خبر'],
  odds: [{ id: 'a', p: 0.25, lo: 0.2, hi: 0.3 }],
};
const ui: SeatUi = { view, form: null, status: null, connection: 'online', logScroll: 0, showBriefing: false, showWorld: false, quit: false };
const size = { columns: 80, rows: 24 };
const press = (s: SeatUi, ...keys: KeyPress[]) => keys.reduce((u, k) => handleSeatKey(u, k, size).ui, s);
const frame = (u: SeatUi, watch = false) =>
  withoutIsolates(render(<SeatScreen ui={u} seat="الكرد" watch={watch} width={80} height={24} bidi="terminal" />).lastFrame() ?? '');
/** The seat's English fixed words: none may show in Arabic. */
const ENGLISH =
  /month|outcome|online|NEWS|YOUR|THE CLASS|LOG|BRIEFING|WORLD|ODDS|decide|predict|moves|possible|watching|quit|briefing|world|log |Send|cancel|total|digits|DECISION|PREDICTION|MOVE|from \d/;

describe('the seat in Arabic', () => {
  it('should mark the lines of a column that do not fit, never drop them unsaid', () => {
    const many = { ...view, decisions: Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, prompt: `سؤال ${i}`, options: [] })) };
    const screen = frame({ ...ui, view: many });
    expect(screen).toMatch(/↓ \d+ أخرى أدناه/);
  });

  it('should word the team screen in the host language: header, headings, what is asked, keys', () => {
    const screen = frame(ui);
    expect(screen).toContain('الكرد · آذار 2026 (الشهر 7/13) · النتيجة: مفتوحة · متصل');
    for (const w of [
      'الأخبار',
      'دورك الآن',
      '! قرّر (d): اطلب؟',
      '? توقّع (p): ما الأرجح؟',
      'النقلات (m): 0 ممكنة الآن',
      'الاحتمالات (الميسّر؛ مجال 95%)',
      'خروج 25.0% (20%–30%)',
      'السجل',
    ])
      expect(screen).toContain(w);
    expect(screen).toContain('p توقّع  d قرار  m نقلة  w العالم  b الإحاطة  ↑↓ السجل  q خروج');
    expect(screen).not.toMatch(ENGLISH);
  });

  it('should word the projector view, the briefing and the world in Arabic', () => {
    expect(frame(ui, true)).toContain('الصف');
    expect(frame(ui, true)).toContain('w العالم  b الإحاطة  ↑↓ السجل  q خروج');
    expect(frame({ ...ui, showBriefing: true })).toContain('الإحاطة (b يغلق)');
    const world = frame({ ...ui, showWorld: true });
    expect(world).toContain('العالم (w يغلق)');
    expect(world).toContain('نشاط داعش: 30 (من 0 إلى 100)');
    for (const u of [
      { ...ui, showBriefing: true },
      { ...ui, showWorld: true },
    ])
      expect(frame(u, true)).not.toMatch(ENGLISH);
  });

  it('should word the forms and their checks in Arabic', () => {
    const picked = press(ui, { char: 'd' });
    expect(seatFormLines(picked, 80)[0]).toBe('قرار');
    expect(seatFormLines(picked, 80).at(-1)).toBe('↑↓ اختيار  ⏎ تحديد  Esc إلغاء');
    const percent = press(ui, { char: 'p' });
    expect(withoutIsolates(seatFormLines(percent, 80)[0] ?? '')).toBe('توقّع: ما الأرجح؟');
    expect(seatFormLines(percent, 80).at(-1)).toBe('المجموع 0% من 100%  ·  اكتب الأرقام، ⏎ التالي، ↑ رجوع، Esc إلغاء');
    expect(withoutIsolates(press(percent, { char: 'x' }).status?.text ?? '')).toBe('"x" ليس رقماً: اكتب نسبة مئوية صحيحة من 0 إلى 100');
    expect(press(ui, { char: 'm' }).status?.text).toBe('لا نقلة ممكنة لأطرافك الآن');
    const confirm = press(percent, { char: '4' }, { char: '0' }, { char: '', name: 'enter' }, { char: '6' }, { char: '0' }, { char: '', name: 'enter' });
    const lines = seatFormLines(confirm, 80).map(withoutIsolates);
    expect(lines[0]).toBe('توقّع: ما الأرجح؟');
    expect(lines).toContain('إرسال هذا إلى الميسّر؟ y يرسل، n أو Esc يلغي');
    expect(press(confirm, { char: 'n' }).status?.text).toBe('أُلغي');
    for (const l of lines) expect(l).not.toMatch(ENGLISH);
  });
});
