// The key hint bar of the facilitator's screen.

export const HINTS_EXERCISE = {
  main: 'd decide  p predict  m move  f force  v veto  o set  n note  a advance  q quit',
  form: '↑↓ choose  type to answer  ⏎ next  Esc cancel',
} as const;
