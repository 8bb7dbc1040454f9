// The simulator's own words in each interface language (en, ar); scenario labels come from the scenario file.

const en = {
  'header.month': 'month {n}/{of}',
  'header.step': 'step {n}',
  'header.seed': 'seed {n}',
  'panel.actors': 'ACTORS',
  'panel.indicators': 'INDICATORS',
  'panel.triggers': 'TRIGGERS {enabled} of {total} enabled',
  'panel.timeline.empty': 'TIMELINE (no steps yet)',
  'panel.timeline': 'TIMELINE (step {n} selected, e explains)',
  'list.below': '↓ {n} more below',
  'list.above': '↑ {n} above',
  'outcome.open': 'OUTCOME  open',
  'outcome.next': ' · next deadline: {when}',
  'outcome.undecided': 'OUTCOME  undecided: {label}',
  'outcome.decided': 'OUTCOME  {id}: {label} (decided)',
  'odds.title': 'ODDS',
  'odds.updating': ' (updating…)',
  'odds.runs': ' ({k}k runs)',
  'end.of': 'end of {month}',
  'small.title': 'Enlarge the terminal to at least {w}×{h}',
  'small.now': '(now {w}×{h}); keys wait until then; q quits',
  'quit.ask': 'There are unsaved changes. Quit anyway? (y/n) s saves, then quits',
  'quit.again': ' · {reason} again quits (the autosave is kept)',
  'open.ask': 'There are unsaved changes. Open another session anyway? (y/n) s saves first',
  'hint.normal': '↑↓ select  ⏎ fire  a month  R roll  u/r undo/redo  e explain  ? help  q quit',
} as const;

/** A message id. */
export type MessageId = keyof typeof en;

const ar: Record<MessageId, string> = {
  'header.month': 'الشهر {n}/{of}',
  'header.step': 'الخطوة {n}',
  'header.seed': 'البذرة {n}',
  'panel.actors': 'الأطراف',
  'panel.indicators': 'المؤشرات',
  'panel.triggers': 'المحفزات: {enabled} من {total} متاحة',
  'panel.timeline.empty': 'الخط الزمني (لا خطوات بعد)',
  'panel.timeline': 'الخط الزمني (الخطوة {n}، e للشرح)',
  'list.below': '↓ {n} أخرى أدناه',
  'list.above': '↑ {n} أعلاه',
  'outcome.open': 'النتيجة  مفتوحة',
  'outcome.next': ' · الموعد التالي: {when}',
  'outcome.undecided': 'النتيجة  غير محسومة: {label}',
  'outcome.decided': 'النتيجة  {label} ({id}، محسومة)',
  'odds.title': 'الاحتمالات',
  'odds.updating': ' (جارٍ التحديث…)',
  'odds.runs': ' ({k} ألف محاكاة)',
  'end.of': 'نهاية {month}',
  'small.title': 'كبّر الطرفية إلى {w}×{h} على الأقل',
  'small.now': '(الآن {w}×{h})؛ المفاتيح معلّقة حتى ذلك؛ q للخروج',
  'quit.ask': 'تغييرات غير محفوظة. الخروج على أي حال؟ (y/n) s يحفظ ثم يخرج',
  'quit.again': ' · {reason} مرة أخرى يخرج (يبقى الحفظ التلقائي)',
  'open.ask': 'تغييرات غير محفوظة. فتح جلسة أخرى على أي حال؟ (y/n) s يحفظ أولاً',
  'hint.normal': '↑↓ اختيار  ⏎ تنفيذ  a شهر  R صدفة  u/r تراجع/إعادة  e شرح  ? مساعدة  q خروج',
};

const CATALOG: Record<string, Record<MessageId, string>> = { en, ar };

/** The interface languages with a catalog. */
export const INTERFACE_LANGUAGES = Object.keys(CATALOG);

/** The message `id` in `lang` (English when the language has no catalog), with `{name}` filled from `params`. */
export function t(lang: string, id: MessageId, params: Readonly<Record<string, string | number>> = {}): string {
  const text = (CATALOG[lang] ?? en)[id];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? formatParam(lang, params[name] as string | number) : `{${name}}`));
}

function formatParam(lang: string, v: string | number): string {
  return typeof v === 'number' ? formatNumber(lang, v) : v;
}

/** A number as the language writes it (Intl), without grouping for small integers such as years and steps. */
export function formatNumber(lang: string, n: number): string {
  const grouping = Math.abs(n) >= 10_000;
  return cached(numberFormats, `${lang} ${grouping}`, () => new Intl.NumberFormat(lang, { useGrouping: grouping, maximumFractionDigits: 2 })).format(n);
}

/** Intl formatters are slow to create (about 0.1 ms, several per frame) and never change: one per language and kind. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
function cached<F>(formats: Map<string, F>, key: string, create: () => F): F {
  let f = formats.get(key);
  if (!f) {
    f = create();
    formats.set(key, f);
  }
  return f;
}

/** A scenario month (absolute month number) as the language names it, e.g. "Sep 2025" or "سبتمبر 2025". */
export function formatMonthIn(lang: string, abs: number): string {
  const date = new Date(Date.UTC(Math.floor(abs / 12), abs % 12, 1));
  const format = () => new Intl.DateTimeFormat(lang, { month: lang === 'en' ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' });
  return cached(monthFormats, lang, format).format(date);
}
