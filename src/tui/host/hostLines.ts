// What the host adds to the facilitator's screen, as lines: the seats bar and the proposals panel.
import type { Desk } from '../../exercise/seatDesk.js';
import type { ExerciseHost } from '../../server/startExerciseHost.js';
import { wrapCells } from '../fitCells.js';
import type { HostUi } from './handleHostKey.js';

/** One line: seats connected, proposals waiting, whether the seats see the odds. */
export function hostBar(host: ExerciseHost, ui: HostUi): string {
  const counts = host.seats();
  const seats = [...Object.keys(host.desk().run.exercise.roles), 'watch']
    .filter((role) => counts[role])
    .map((role) => `${role} ${counts[role]}`)
    .join(' · ');
  const waiting = host.desk().proposals.length;
  return `HOST :${host.port} · seats ${seats || 'none yet'} · ${waiting} proposal${waiting === 1 ? '' : 's'} (P) · odds ${ui.revealed ? 'shown' : 'hidden'} (O) · codes (J)`;
}

/** The proposals panel: each team's move or decision, the selected one marked; the veto reason when one is typed. */
export function proposalLines(desk: Desk, ui: HostUi, width: number): string[] {
  const panel = ui.panel;
  if (!panel) return [];
  const lines = [...wrapCells('PROPOSALS FROM THE TEAMS: ↑↓ choose · y approves · x vetoes with a reason · Esc closes', width, '  '), ''];
  if (desk.proposals.length === 0) lines.push('(none waiting)');
  desk.proposals.forEach((p, i) => {
    const what =
      p.entry.kind === 'move' ? `move ${p.entry.trigger}` : p.entry.kind === 'decide' ? `decision ${p.entry.decision}: ${p.entry.choice}` : p.entry.kind;
    lines.push(...wrapCells(`${i === Math.min(panel.selected, desk.proposals.length - 1) ? '>' : ' '} ${p.role}: ${what}`, width, '    '));
  });
  if (panel.reason !== null) lines.push('', `Why veto it? (the team reads this) ${panel.reason}▌`, '⏎ vetoes · Esc goes back');
  return lines;
}
