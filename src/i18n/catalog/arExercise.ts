// Arabic words of the facilitator's screen; a missing entry is a type error (Record over every English id).
import type { enExercise } from './enExercise.js';

/** Facilitator texts in Arabic. */
export const arExercise: Record<keyof typeof enExercise, string> = {
  'x.small': 'كبّر الطرفية إلى {w}×{h} (الآن {nw}×{nh})؛ المفاتيح معلّقة؛ {hint}',
  'x.helpTitle': 'المفاتيح (أي مفتاح يغلق هذه المساعدة)',
  'x.ended': 'انتهى التمرين: «{label}» لم يعد ممكناً؛ u يتراجع عن آخر إجراء، q للخروج',
  'x.monthEnds': 'ينتهي الشهر',
};
