// The message catalog is complete: every language has every message, with the same named parameters, and Arabic is Arabic.
import { describe, expect, it } from 'vitest';
import { CATALOG, formatMonthIn, formatNumber, formatPercent, type MessageId, t } from '../../src/i18n/messages.js';

const en = CATALOG.en as Readonly<Record<MessageId, string>>;
const ids = Object.keys(en) as MessageId[];
const params = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** Words a reader reads: letters outside `{params}`, key names and command-line words (which stay Latin in every language). */
const words = (text: string) =>
  text
    .replace(/\{\w+\}/g, '')
    .replace(/\b(PgUp|PgDn|Tab|Esc|Enter|Backspace|Ctrl\+C|run|steps|roll|session|json|statecraft)\b/g, '')
    .replace(/(^|[\s(/])[a-zA-Z](?=[\s/:)]|$)/g, '$1');

describe('the message catalog', () => {
  it('should give every language every message, with the same named parameters as English', () => {
    for (const [lang, catalog] of Object.entries(CATALOG)) {
      expect(Object.keys(catalog).sort(), `${lang}: the same ids as English`).toEqual([...ids].sort());
      for (const id of ids) {
        expect(catalog[id], `${lang} ${id}`).not.toBe('');
        expect(params(catalog[id]), `${lang} ${id}: parameters`).toEqual(params(en[id]));
      }
    }
  });

  it('should write every Arabic message in Arabic, where the English one has words', () => {
    const ar = CATALOG.ar as Readonly<Record<MessageId, string>>;
    const untranslated = ids.filter((id) => /[a-zA-Z]{2,}/.test(words(en[id])) && !/[\u0600-\u06ff]/.test(ar[id]));
    expect(untranslated).toEqual([]);
  });

  it('should fill parameters by name, and isolate text values inside a right-to-left sentence only', () => {
    expect(t('en', 'status.fired', { id: 'shock', n: 3 })).toBe('fired shock: step 3');
    expect(t('ar', 'status.fired', { id: 'shock', n: 3 })).toBe('نُفّذ \u2068shock\u2069: الخطوة 3');
    expect(t('ar', 'why.transition', { actor: 'us', from: 'a', to: 'b' }), 'no Arabic letters: laid out as it stands').toBe('us: a → b');
  });

  it('should give each counted noun the plural forms of its language, chosen by Intl.PluralRules', () => {
    for (const [lang, catalog] of Object.entries(CATALOG)) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const id of ids.filter((i) => /^(zero|one|two|few|many|other):/.test(en[i]))) {
        const forms = (catalog[id] as string).split('|').map((f) => f.slice(0, f.indexOf(':')));
        expect([...forms].sort(), `${lang} ${id}: one form per plural category`).toEqual([...categories].sort());
      }
    }
    const steps = (n: number) => t('ar', 'count.steps', { n });
    expect([0, 1, 2, 4, 15, 100].map(steps)).toEqual(['0 خطوة', 'خطوة واحدة', 'خطوتان', '4 خطوات', '15 خطوة', '100 خطوة']);
    expect([2, 3, 11].map((n) => t('ar', 'count.branches', { n }))).toEqual(['فرعان', '3 فروع', '11 فرعاً']);
    expect([1, 4].map((n) => t('en', 'count.steps', { n }))).toEqual(['1 step', '4 steps']);
  });

  it('should write dates and numbers with Intl for the language, Arabic with Western digits and full years', () => {
    const sep2026 = 2026 * 12 + 8;
    expect(formatMonthIn('en', sep2026)).toBe('Sep 2026');
    expect(formatMonthIn('ar', sep2026), 'the Iraqi and Levantine month names').toBe('أيلول 2026');
    expect(formatNumber('ar', 2500)).toBe('2500');
    expect(formatNumber('ar', 12500.5)).toBe('12,500.5');
    expect(formatPercent('en', 0.137)).toBe('13.7%');
    expect(formatPercent('ar', 0.137), 'no invisible direction marks reach the terminal').toBe('13.7%');
  });
});
