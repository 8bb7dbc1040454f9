// Arabic words the host adds to the facilitator's screen: one entry per English id (enHost.ts).
import type { enHost } from './enHost.js';

/** Host texts in Arabic: a missing id is a type error. */
export const arHost: Readonly<Record<keyof typeof enHost, string>> = {
  'host.bar': 'المضيف :{port} · المقاعد {seats} · {proposals} (P) · الاحتمالات معروضة (O) · الرموز (J)',
  'host.barHidden': 'المضيف :{port} · المقاعد {seats} · {proposals} (P) · الاحتمالات مخفية (O) · الرموز (J)',
  'host.oneProposal': 'اقتراح واحد',
  'host.proposalCount': '{n} اقتراح',
  'host.noSeats': 'لا أحد بعد',
  'host.proposals': 'اقتراحات الفرق: ↑↓ اختيار · y يوافق · x يرفض مع سبب · Esc يغلق',
  'host.noneWaiting': '(لا شيء بالانتظار)',
  'host.move': 'نقلة {trigger}',
  'host.decision': 'قرار {decision}: {choice}',
  'host.why': 'لماذا الرفض؟ (يقرؤه الفريق) {reason}▌',
  'host.vetoKeys': '⏎ يرفض · Esc رجوع',
  'host.needReason': 'الرفض يحتاج سبباً يقرؤه الفريق',
  'host.approved': 'تمت الموافقة: {status}',
  'host.vetoed': 'رُفض: {message}',
  'host.small': 'كبّر الطرفية إلى 80×24 على الأقل (الآن {w}×{h})؛ q للخروج',
  'host.hosting': 'الاستضافة على {address}؛ J يعرض رموز الانضمام',
  'host.codesTitle': 'رموز الانضمام: أعطِ كل فريق أمره الخاص؛ لا تعرض هذه الشاشة على جهاز العرض. J أو Esc يغلقها.',
  'host.observer': 'المراقب (جهاز العرض):',
  'host.codesKept': 'الرموز محفوظة في {file} (يقرؤها أنت فقط) من أجل --resume.',
  'host.seatCodes': 'رموز المقاعد: {file}',
  'hostkey.proposals': 'مقترحات الفرق: قبول مقترح (y)، أو نقضه مع سبب (x)',
  'hostkey.odds': 'إظهار احتمالات النموذج على المقاعد وجهاز العرض أو إخفاؤها',
  'hostkey.codes': 'رموز انضمام المقاعد (أبعدها عن جهاز العرض)',
};
