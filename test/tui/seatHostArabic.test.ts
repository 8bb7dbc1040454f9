// The host's additions to the facilitator screen, and the view it sends the seats, in Arabic: catalog words, Intl dates, the language in the view.
import { afterAll, describe, expect, it } from 'vitest';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { seatView } from '../../src/server/seatView.js';
import { handleHostKey } from '../../src/tui/host/handleHostKey.js';
import { hostBar, proposalLines } from '../../src/tui/host/hostLines.js';
import { type Hosted, hostHarir } from '../server/hostFixture.js';

const hosted: Hosted = await hostHarir();
afterAll(() => hosted.host.close());
const ui = { panel: { selected: 0, reason: null }, seatsShown: false, revealed: false, message: null };
const ENGLISH = /HOST|seats|proposal|odds|codes|none|PROPOSALS|choose|approves|vetoes|Why|veto|reason/;

describe('the host screen in Arabic', () => {
  it('should word the seats bar and the proposals panel in Arabic, ids and the port as written', () => {
    const bar = withoutIsolates(hostBar(hosted.host, ui, 'ar'));
    expect(bar).toBe(`المضيف :${hosted.host.port} · المقاعد لا أحد بعد · 0 اقتراح (P) · الاحتمالات مخفية (O) · الرموز (J)`);
    const lines = proposalLines(hosted.host.desk(), { ...ui, panel: { selected: 0, reason: 'سبب' } }, 80, 'ar').map(withoutIsolates);
    expect(lines).toEqual([
      'اقتراحات الفرق: ↑↓ اختيار · y يوافق · x يرفض مع سبب · Esc يغلق',
      '',
      '(لا شيء بالانتظار)',
      '',
      'لماذا الرفض؟ (يقرؤه الفريق) سبب▌',
      '⏎ يرفض · Esc رجوع',
    ]);
    for (const l of [bar, ...lines]) expect(l).not.toMatch(ENGLISH);
  });

  it('should send the seats the host language, with dates by Intl, so each seat words its screen in it', () => {
    const view = seatView(hosted.host.desk(), null, 'ar', null);
    expect(view.lang).toBe('ar');
    expect(view.date).toMatch(/^(كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول) \d{4}$/);
    expect(seatView(hosted.host.desk(), null, 'en', null).date).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
  });

  it('should word the log the seats read in the host language', () => {
    const { host } = hosted;
    host.act({ kind: 'override', indicator: 'kurdistan_attacks', value: 40, reason: 'drill' });
    host.act({ kind: 'advance' });
    const ar = seatView(host.desk(), null, 'ar', null).log.map(withoutIsolates);
    expect(ar.some((l) => l.endsWith('ينتهي الشهر'))).toBe(true);
    expect(ar.some((l) => /الميسّر يضبط .* على 40$/.test(l))).toBe(true);
    expect(ar.join('\n')).not.toMatch(/the month ends|the facilitator/);
    const en = seatView(host.desk(), null, 'en', null).log;
    expect(en.some((l) => l.endsWith('the month ends'))).toBe(true);
  });
});

describe('the host keys in Arabic', () => {
  it('should refuse a veto without a reason in Arabic', () => {
    const proposal = { key: 'k', role: 'r', action: 'a', entry: { kind: 'move', trigger: 't' } } as never;
    const r = handleHostKey({ ...ui, panel: { selected: 0, reason: '' } }, { char: '', name: 'enter' }, [proposal], 'ar');
    expect(r.ui.message).toBe('الرفض يحتاج سبباً يقرؤه الفريق');
  });
});
