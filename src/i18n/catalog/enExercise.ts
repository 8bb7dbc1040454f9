// English words of the facilitator's screen: headings, lines, forms and statuses.

/** Facilitator texts in English; every other language gives each of them (arExercise.ts). */
export const enExercise = {
  'x.small': 'Enlarge the terminal to {w}×{h} (now {nw}×{nh}); keys wait; {hint}',
  'x.helpTitle': 'KEYS (any key closes this help)',
  'x.ended': 'the exercise has ended: "{label}" is no longer possible; u takes back the last action, q quits',
  'x.monthEnds': 'the month ends',
} as const;
