// What the host adds to the facilitator's screen, as lines: the seats bar and the proposals panel.

import stringWidth from 'string-width';
import type { Desk } from '../../exercise/seatDesk.js';
import { t, withoutIsolates } from '../../i18n/messages.js';
import type { ExerciseHost } from '../../server/startExerciseHost.js';
import { wrapCells } from '../fitCells.js';
import type { HostUi } from './handleHostKey.js';

/** One line in `lang`: seats connected, proposals waiting, whether the seats see the odds. */
export function hostBar(host: ExerciseHost, ui: HostUi, lang = 'en'): string {
  const counts = host.seats();
  const seats = [...Object.keys(host.desk().run.exercise.roles), 'watch']
    .filter((role) => counts[role])
    .map((role) => `${role} ${counts[role]}`)
    .join(' · ');
  const waiting = host.desk().proposals.length;
  return t(lang, ui.revealed ? 'host.bar' : 'host.barHidden', {
    port: String(host.port),
    seats: seats || t(lang, 'host.noSeats'),
    proposals: waiting === 1 ? t(lang, 'host.oneProposal') : t(lang, 'host.proposalCount', { n: waiting }),
  });
}

/**
 * The bar as lines of at most `width` cells: one line when it fits, else broken between its parts (` · `), never inside
 * one, so every part (the port, each seat, the proposals, the odds, the codes) shows whole.
 */
export function hostBarLines(host: ExerciseHost, ui: HostUi, width: number, lang = 'en'): string[] {
  const bar = hostBar(host, ui, lang);
  if (stringWidth(withoutIsolates(bar)) <= width) return [bar];
  const lines: string[] = [];
  let line = '';
  for (const part of barParts(bar)) {
    const joined = line === '' ? part : `${line}${SEP}${part}`;
    if (line !== '' && stringWidth(withoutIsolates(joined)) > width) {
      lines.push(line);
      line = part;
    } else line = joined;
  }
  if (line !== '') lines.push(line);
  return lines.flatMap((l) => (stringWidth(withoutIsolates(l)) <= width ? [l] : wrapCells(l, width, '  ')));
}

const SEP = ' · ';

/** The bar's parts between its separators; a separator inside an isolated value (the seats) splits it too, each piece isolated again. */
function barParts(bar: string): string[] {
  let open = false;
  return bar.split(SEP).map((piece) => {
    const head = open && !piece.startsWith(FSI) ? FSI : '';
    for (const ch of piece)
      if (ch === FSI) open = true;
      else if (ch === PDI) open = false;
    return `${head}${piece}${open ? PDI : ''}`;
  });
}

const FSI = '\u2068';
const PDI = '\u2069';

/** The proposals panel in `lang`: each team's move or decision, the selected one marked; the veto reason when one is typed. */
export function proposalLines(desk: Desk, ui: HostUi, width: number, lang = 'en'): string[] {
  const panel = ui.panel;
  if (!panel) return [];
  const lines = [...wrapCells(t(lang, 'host.proposals'), width, '  '), ''];
  if (desk.proposals.length === 0) lines.push(t(lang, 'host.noneWaiting'));
  desk.proposals.forEach((p, i) => {
    const what =
      p.entry.kind === 'move'
        ? t(lang, 'host.move', { trigger: p.entry.trigger })
        : p.entry.kind === 'decide'
          ? t(lang, 'host.decision', { decision: p.entry.decision, choice: p.entry.choice === 'pass' ? t(lang, 'seat.pass') : p.entry.choice })
          : p.entry.kind;
    lines.push(...wrapCells(`${i === Math.min(panel.selected, desk.proposals.length - 1) ? '>' : ' '} ${p.role}: ${what}`, width, '    '));
  });
  if (panel.reason !== null) lines.push('', t(lang, 'host.why', { reason: panel.reason }), t(lang, 'host.vetoKeys'));
  return lines;
}
