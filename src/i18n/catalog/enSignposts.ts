// English words of play's signposts overlay (w) and the odds trend row under the live odds.

/** Signposts and trend texts in English; every other language gives each of them (arSignposts.ts). */
export const enSignposts = {
  'signposts.title': 'SIGNPOSTS TO WATCH FROM HERE (conditional statistics, not causes)',
  'signposts.here': '{date}, step {step}',
  'signposts.starting': 'Starting…',
  'signposts.error': 'The signposts could not be computed: {message}',
  'signposts.computing': 'Computing: {done} of {total} runs from {here}.',
  'signposts.cancel': 'Any key cancels.',
  'signposts.from': 'From {here}: {runs} runs from here, seed {seed}. Outcome entropy now: {entropy} bits.',
  'signposts.lr': 'LR = P(seen by then | outcome) ÷ P(seen by then | not outcome), with its 95% interval. Above 1 the sign points toward the outcome.',
  'signposts.value': 'VALUE = bits of outcome uncertainty that watching it removes. SEEN = share of runs in which it is seen by then.',
  'signposts.listed': 'Listed: events seen in at least {min} runs and missed in at least {min}; events that settle an outcome are left out.',
  'signposts.honest': 'These are conditional statistics of the model: seeing a signpost tells about an outcome; it does not make it happen.',
  'signposts.byEnd': 'BY THE END OF {date}',
  'signposts.nothing': '(nothing observable yet tells the outcomes apart)',
  'signposts.row': '{signpost}   seen {seen}   value {value} bits',
  'signposts.fewRuns': 'too few runs',
  'trend.line': 'TREND  {series}',
} as const;
