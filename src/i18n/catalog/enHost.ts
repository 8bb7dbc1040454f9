// English words the host adds to the facilitator's screen (exercise --host): the seats bar, the proposals panel, answers.

/** Host texts in English; every other language gives each of them (arHost.ts). */
export const enHost = {
  'host.bar': 'HOST :{port} · seats {seats} · {proposals} (P) · odds shown (O) · codes (J)',
  'host.barHidden': 'HOST :{port} · seats {seats} · {proposals} (P) · odds hidden (O) · codes (J)',
  'host.oneProposal': '1 proposal',
  'host.proposalCount': '{n} proposals',
  'host.noSeats': 'none yet',
  'host.proposals': 'PROPOSALS FROM THE TEAMS: ↑↓ choose · y approves · x vetoes with a reason · Esc closes',
  'host.noneWaiting': '(none waiting)',
  'host.move': 'move {trigger}',
  'host.decision': 'decision {decision}: {choice}',
  'host.why': 'Why veto it? (the team reads this) {reason}▌',
  'host.vetoKeys': '⏎ vetoes · Esc goes back',
  'host.needReason': 'a veto needs a reason the team can read',
  'host.approved': 'approved: {status}',
  'host.vetoed': 'vetoed: {message}',
  'host.small': 'Enlarge the terminal to at least 80×24 (now {w}×{h}); q quits',
  'host.hosting': 'hosting on {address}; J shows the join codes',
  'host.codesTitle': 'JOIN CODES: hand each team its own command; do not show this screen on the projector. J or Esc closes.',
  'host.observer': 'observer (the projector):',
  'host.codesKept': 'The codes are kept in {file} (readable by you only) for --resume.',
  'host.seatCodes': 'seat codes: {file}',
  'hostkey.proposals': 'the teams’ proposals: approve one (y), or veto it with a reason (x)',
  'hostkey.odds': 'show or hide the model odds on the seats and the projector',
  'hostkey.codes': 'the join codes of the seats (keep them off the projector)',
} as const;
