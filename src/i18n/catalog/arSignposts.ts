// Arabic words of play's signposts overlay (w) and the odds trend row: one entry per English id (enSignposts.ts).
import type { enSignposts } from './enSignposts.js';

/** Signposts and trend texts in Arabic: a missing id is a type error. */
export const arSignposts: Readonly<Record<keyof typeof enSignposts, string>> = {
  'signposts.title': 'مؤشرات دالّة للمراقبة من هنا (إحصاءات شرطية، لا أسباب)',
  'signposts.here': '{date}، الخطوة {step}',
  'signposts.starting': 'جارٍ البدء…',
  'signposts.error': 'تعذّر حساب المؤشرات الدالّة: {message}',
  'signposts.computing': 'جارٍ الحساب: {done} من {total} تشغيلة من {here}.',
  'signposts.cancel': 'أي مفتاح يلغي.',
  'signposts.from': 'من {here}: {runs} تشغيلة من هنا، البذرة {seed}. إنتروبيا النتيجة الآن: {entropy} بت.',
  'signposts.lr': 'LR = P(يُرى حتى حينه | النتيجة) ÷ P(يُرى حتى حينه | ليست النتيجة)، مع فترة ثقة 95%. فوق 1 تشير العلامة نحو النتيجة.',
  'signposts.value': 'القيمة = بتات عدم اليقين بشأن النتيجة التي تزيلها مراقبته. يُرى = نسبة التشغيلات التي يُرى فيها حتى حينه.',
  'signposts.listed': 'المدرج: أحداث رُئيت في {min} تشغيلة على الأقل وغابت في {min} على الأقل؛ وتُستبعد الأحداث التي تحسم نتيجة.',
  'signposts.honest': 'هذه إحصاءات شرطية من النموذج: رؤية مؤشر دالّ تخبر عن نتيجة، ولا تجعلها تحدث.',
  'signposts.byEnd': 'بحلول نهاية {date}',
  'signposts.nothing': '(لا شيء قابل للرصد حتى الآن يميّز بين النتائج)',
  'signposts.row': '{signpost}   يُرى {seen}   القيمة {value} بت',
  'signposts.fewRuns': 'تشغيلات أقل من اللازم',
  'trend.line': 'الاتجاه  {series}',
};
