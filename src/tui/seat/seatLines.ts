// What a team's seat shows, as lines: the header, the news, what is asked of the team, the world, the log, the open form.
import { formatNumber, formatPercent, type MessageId, messageText, t } from '../../i18n/messages.js';
import type { SeatProblem } from '../../server/connectSeat.js';
import { PROTOCOL_VERSION } from '../../server/protocol.js';
import type { SeatView } from '../../server/seatView.js';
import { wrapCells } from '../fitCells.js';
import type { SeatUi } from './handleSeatKey.js';

/** The language the seat words its screen in: the host's (sent in every view); before the first view, `join --lang` (English by default). */
export const seatLang = (ui: SeatUi): string => ui.view?.lang ?? ui.lang ?? 'en';

/** Why the seat is not connected, in `lang`: a refusal of the host worded from its code, an unreachable host, a lost connection. */
export function problemText(lang: string, problem: SeatProblem): string {
  switch (problem.kind) {
    case 'unreachable':
      return t(lang, 'seat.problem.unreachable', { address: problem.address, error: problem.error });
    case 'closed':
      return t(lang, 'seat.problem.closed');
    case 'refused':
      switch (problem.code) {
        case 'protocol':
          return t(lang, 'seat.problem.protocol', { version: PROTOCOL_VERSION });
        case 'bad-message':
          return t(lang, 'seat.problem.bad-message', { message: problem.message });
        case 'locked-out':
          return t(lang, 'seat.problem.locked-out', { seconds: Math.ceil((problem.retryAfterMs ?? 0) / 1000) });
        default:
          return messageText(lang, `seat.problem.${problem.code}`);
      }
  }
}

/** Catalog words for what the host sends as ids: connection states and the outcome while it is open or undecided. */
const WORDS: Readonly<Record<string, MessageId>> = {
  connecting: 'seat.conn.connecting',
  online: 'seat.conn.online',
  offline: 'seat.conn.offline',
  refused: 'seat.conn.refused',
  open: 'seat.outcome.open',
  undecided: 'seat.outcome.undecided',
};
const wordOf = (lang: string, value: string) => {
  const id = WORDS[value];
  return id ? messageText(lang, id) : value;
};

/** The header: exercise, seat, date, outcome, connection. */
export function seatHeader(ui: SeatUi, seat: string): string {
  const v = ui.view;
  const lang = seatLang(ui);
  const connection = wordOf(lang, ui.connection);
  if (!v) return `${seat} · ${connection}`;
  const outcome = v.outcome.status === 'open' || v.outcome.status === 'undecided' ? wordOf(lang, v.outcome.status) : v.outcome.label;
  return t(lang, v.ended ? 'seat.headerEnded' : 'seat.header', { seat, date: v.date, month: v.month + 1, months: v.months + 1, outcome, connection });
}

const FSI = '\u2068';
const PDI = '\u2069';

/** Word-wraps `text`; a text in another language (one isolated run, as the host sends it) stays isolated on every row it takes. */
function wrapRuns(text: string, width: number, indent?: string): string[] {
  let open = false;
  return wrapCells(text, width, indent).map((row) => {
    const [, lead = '', rest = ''] = /^(\s*)(.*)$/s.exec(row) ?? [];
    const line = `${lead}${open ? FSI : ''}${rest}`;
    for (const ch of rest)
      if (ch === FSI) open = true;
      else if (ch === PDI) open = false;
    return open ? `${line}${PDI}` : line;
  });
}

/** The facilitator screen's line saying some texts are shown as written, when one of `texts` exists only in another language. */
function asWritten(lang: string, texts: readonly (string | null)[], width: number): string[] {
  return texts.some((x) => x?.includes(FSI)) ? [...wrapCells(t(lang, 'x.asWritten'), width), ''] : [];
}

/** The briefing (shared, then the role's own), wrapped; texts in another language marked and kept whole. */
export function briefingLines(v: SeatView, width: number): string[] {
  const { lang } = v;
  return [
    t(lang, 'seat.briefing'),
    ...asWritten(lang, [v.briefing, v.roleBriefing], width),
    ...wrapRuns(v.briefing, width),
    ...(v.roleBriefing ? ['', t(lang, 'seat.yourRole'), ...wrapRuns(v.roleBriefing, width)] : []),
  ];
}

/** The latest injects, newest first; texts in another language marked and kept whole. */
export function newsLines(v: SeatView, width: number): string[] {
  if (v.injects.length === 0) return [t(v.lang, 'seat.noNews')];
  return [
    ...asWritten(
      v.lang,
      v.injects.flatMap((i) => [i.title, i.narrative, i.question]),
      width,
    ),
    ...[...v.injects]
      .reverse()
      .flatMap((i) => [
        ...wrapRuns(`• ${i.date}  ${i.title}`, width, '  '),
        ...wrapRuns(`  ${i.narrative}`, width),
        ...(i.question ? wrapRuns(`  ? ${i.question}`, width, '    ') : []),
      ]),
  ];
}

/** What is asked of this team now, and what waits for the facilitator. */
export function turnLines(v: SeatView, width: number, watch: boolean): string[] {
  const { lang } = v;
  if (watch) return v.odds ? oddsLines(v, width) : [t(lang, 'seat.watching')];
  if (v.ended) return [t(lang, 'seat.ended', { outcome: v.outcome.label }), ...(v.odds ? oddsLines(v, width) : [])];
  const lines = [
    ...v.decisions.flatMap((d) => wrapCells(t(lang, 'seat.decide', { prompt: d.prompt }), width, '  ')),
    ...v.prompts.flatMap((p) => wrapCells(t(lang, p.answered ? 'seat.predictSent' : 'seat.predict', { prompt: p.prompt }), width, '  ')),
    t(lang, 'seat.moves', { n: v.moves.filter((m) => m.enabled).length }),
    ...v.pending.flatMap((p) => wrapCells(t(lang, 'seat.waiting', { summary: p.summary }), width, '  ')),
  ];
  return [...lines, ...(v.odds ? oddsLines(v, width) : [])];
}

/** The odds the facilitator shows, each with its interval, wrapped between words (a figure is never cut). */
function oddsLines(v: SeatView, width: number): string[] {
  return [
    ...wrapCells(t(v.lang, 'seat.odds'), width, '  '),
    ...(v.odds ?? []).flatMap((o) => {
      const label = o.id === 'undecided' ? wordOf(v.lang, o.id) : (v.outcomes.find((x) => x.id === o.id)?.label ?? o.id);
      return wrapCells(`  ${label}  ${formatPercent(v.lang, o.p)} (${formatPercent(v.lang, o.lo, 0)}–${formatPercent(v.lang, o.hi, 0)})`, width, '      ');
    }),
  ];
}

/** Actors' states and indicators, wrapped to the width. */
export function worldLines(v: SeatView, width: number): string[] {
  return [
    t(v.lang, 'seat.world'),
    '',
    ...v.actors.flatMap((a) => wrapCells(`${a.id}: ${a.state}`, width, '    ')),
    '',
    ...v.indicators.flatMap((i) => wrapCells(t(v.lang, 'seat.range', { label: i.label, value: i.value, min: i.min, max: i.max }), width, '    ')),
  ];
}

/** The log, newest last, wrapped. */
export function logLines(v: SeatView, width: number): string[] {
  return v.log.flatMap((l) => wrapCells(l, width, '           '));
}

/** The open form. */
export function seatFormLines(ui: SeatUi, width: number): string[] {
  const f = ui.form;
  if (!f) return [];
  const lang = seatLang(ui);
  if (f.kind === 'confirm') {
    const a = f.action;
    const what = a.kind === 'predict' ? (ui.view?.outcomes ?? []).map((o) => `  ${o.label}: ${formatNumber(lang, Math.round((a.p[o.id] ?? 0) * 100))}%`) : [];
    return [f.title, ...what, '', t(lang, 'seat.confirm')];
  }
  if (f.kind === 'pick')
    return [
      f.title,
      '',
      ...f.options.flatMap((o, i) =>
        wrapCells(
          `${i === f.selected ? '>' : ' '} ${o.enabled ? '' : '× '}${o.label}${o.enabled ? '' : ` (${o.reason ?? t(lang, 'seat.notPossible')})`}`,
          width,
          '    ',
        ),
      ),
      '',
      t(lang, 'seat.pickKeys'),
    ];
  const outcomes = ui.view?.outcomes ?? [];
  const total = f.values.reduce((a, v) => a + Number(v || 0), 0);
  return [
    f.title,
    '',
    ...outcomes.map((o, i) => `${i === f.index ? '>' : ' '} ${o.label}: ${f.values[i] ?? ''}${i === f.index ? '▌' : ''}%`),
    '',
    t(lang, 'seat.total', { total }),
  ];
}
