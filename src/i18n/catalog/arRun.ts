// Arabic words of `statecraft run`'s text output; a missing entry is a type error (Record over every English id).
import type { enRun } from './enRun.js';

/** Run text output in Arabic. */
export const arRun: Record<keyof typeof enRun, string> = {
  'run.title': '{title} ({id})، البذرة {seed}',
  'run.noSteps': '(لا خطوات)',
  'run.advance': 'التقدم شهراً واحداً',
  'run.outcomeOpen': 'مفتوحة (لم تُحسم بعد)',
  'run.undecided': 'غير محسومة',
  'run.final': 'الحالة النهائية، {date}',
  'run.finalEnded': 'الحالة النهائية، {date} (انتهى)',
  'run.outcome': 'النتيجة',
  'run.actors': 'الأطراف',
  'run.indicators': 'المؤشرات',
  'run.of': 'من {min}..{max}',
  'run.expectations': 'التوقعات: نجح {passed}، فشل {failed}',
  'run.failed': 'فشل {where} (بعد الخطوة {step})',
  'run.mismatch': '{what}: المتوقع {expected}، الفعلي {actual}',
  'run.violations': 'خروقات الثوابت:',
  'run.violation': 'الخطوة #{n}: الثابت {text} غير متحقق',
  'run.cause.fired': 'نُفّذ',
  'run.cause.scheduled': 'مجدول',
  'run.cause.clock': 'الساعة',
  'run.cause.rolled': 'بالصدفة',
  'run.cause.override': 'تعديل يدوي',
};
