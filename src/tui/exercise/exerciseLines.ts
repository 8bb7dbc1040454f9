// What the facilitator screen says, as lines: header, odds, this month, what is due, indicators, the log, the open form.
import stringWidth from 'string-width';
import { debriefCommandLine } from '../../core/shellQuote.js';
import { outcomeStatus } from '../../engine/createStepper.js';
import { currentInjects, openPrompts, pendingDecisions } from '../../exercise/exerciseRun.js';
import { formatMonthIn, formatPercent, t, withoutIsolates } from '../../i18n/messages.js';
import { stateLabel } from '../../report/formatRunText.js';
import { formatValue } from '../../report/formatValue.js';
import { textOf } from '../../report/textOf.js';
import { fitCells, wrapCells } from '../fitCells.js';
import { textOrOwn } from '../textIn.js';
import { outcomeText } from '../travelKeys.js';
import { describeEntry } from './describeEntry.js';
import { fieldsOf } from './exerciseForms.js';
import type { ExerciseUi } from './exerciseUi.js';

/** The header: the title is shortened so that the date and the outcome always fit. */
export function headerLine(ui: ExerciseUi, width: number): string {
  const s = ui.run.session;
  const w = s.cursor.world;
  const tail = t(ui.lang, 'x.header', {
    date: formatMonthIn(ui.lang, s.stepper.ir.start + w.month),
    n: w.month + 1,
    of: s.stepper.ir.months + 1,
    outcome: outcomeText(w, ui.lang),
  });
  const title = textOf(ui.run.exercise.title, ui.lang);
  return `${fitCells(title, Math.max(8, width - stringWidth(tail))).trimEnd()}${tail}`;
}

/** An outcome as odds lines name it: its id (the convention of the exercise's lines), but "undecided" in the screen's language. */
export function outcomeId(lang: string, id: string): string {
  return id === 'undecided' ? t(lang, 'x.undecided') : id;
}

/** The model's odds in one line, with the widest 95% half-interval. */
export function oddsLine(ui: ExerciseUi): string {
  const w = ui.run.session.cursor.world;
  if (w.ended) return t(ui.lang, 'x.endedOdds', { outcome: outcomeText(w, ui.lang) });
  if (!ui.odds) return t(ui.lang, 'x.noOdds');
  return t(ui.lang, 'x.odds', { pp: oddsPp(ui.odds.halfWidth), items: oddsItems(ui).join(' ') });
}

/** The odds line in rows of `width`: when it does not fit, it breaks between outcomes, never inside one (a two-word label, a number and its %). */
export function oddsRows(ui: ExerciseUi, width: number): string[] {
  const line = oddsLine(ui);
  if (stringWidth(withoutIsolates(line)) <= width || !ui.odds || ui.run.session.cursor.world.ended) return wrapCells(line, width, '  ');
  const rows = [t(ui.lang, 'x.odds', { pp: oddsPp(ui.odds.halfWidth), items: '' }).trimEnd()];
  for (const item of oddsItems(ui)) {
    const joined = `${rows.at(-1)} ${item}`;
    if (stringWidth(withoutIsolates(joined)) <= width) rows[rows.length - 1] = joined;
    else rows.push(`  ${item}`);
  }
  return rows;
}

const oddsPp = (halfWidth: number) => Math.max(1, Math.round(halfWidth * 100));
const oddsItems = (ui: ExerciseUi) => (ui.odds?.items ?? []).map((o) => `${outcomeId(ui.lang, o.id)} ${formatPercent(ui.lang, o.p, 0)}`);

/** This month's injects with their questions, then the actors' states; a text the exercise lacks in the language is said to be shown as written. */
export function monthLines(ui: ExerciseUi): string[] {
  const ex = ui.run.exercise;
  const { ir } = ui.run.session.stepper;
  const injects = currentInjects(ui.run);
  let fellBack = false;
  const own = (text: Parameters<typeof textOrOwn>[0]) => {
    const r = textOrOwn(text, ui.lang);
    fellBack ||= r.fallback;
    return r.text;
  };
  const lines =
    injects.length === 0
      ? [t(ui.lang, 'x.noInject')]
      : injects.flatMap((i) => [
          `• ${own(i.title)}${i.fire ? ` [${i.fire}]` : ''}${i.sources?.length ? ` (${i.sources.join(', ')})` : ''}`,
          `  ${own(i.narrative)}`,
          ...(i.question ? [`  ? ${textOf(ex.roles[i.question.role]?.label, ui.lang, i.question.role)}: ${own(i.question.text)}`] : []),
        ]);
  const actors = ir.actors.map((a) => `  ${a.id.padEnd(10)} ${stateLabel(ir, a.id, ui.run.session.cursor.world.actors[a.id] as string, ui.lang)}`);
  return [...(fellBack ? [t(ui.lang, 'x.asWritten')] : []), ...lines, '', t(ui.lang, 'x.actors'), ...actors];
}

/** Decisions due and prompts open (or the end of the exercise), then the indicators with their ranges. */
export function dueLines(ui: ExerciseUi): string[] {
  const run = ui.run;
  const ex = run.exercise;
  const { ir } = run.session.stepper;
  const w = run.session.cursor.world;
  // Rounded as the play screen rounds them, and on the label's row: a long value shortens the labels, never the number.
  const values = ir.indicators.map((i) => formatValue(w.indicators[i.id] as number));
  const labelWidth = Math.max(8, 24 - Math.max(0, ...values.map((v) => v.length - 5)));
  const indicators = ir.indicators.map(
    (i, k) => `  ${fitCells(textOf(ir.scenario.indicators[i.id]?.label, ui.lang, i.id), labelWidth)} ${(values[k] as string).padStart(5)}`,
  );
  if (w.ended) {
    const o = outcomeStatus(w);
    const label = o === 'undecided' ? t(ui.lang, 'x.undecided') : textOf(ir.scenario.outcomes[o]?.label, ui.lang, o);
    return [
      t(ui.lang, 'x.hasEnded'),
      `  ${t(ui.lang, 'x.outcome', { label, id: o })}`,
      `  ${t(ui.lang, 'x.debrief', { command: debriefCommandLine(ui.transcript) })}`,
      `  ${t(ui.lang, 'x.uTakesBack')}`,
      '',
      t(ui.lang, 'x.indicators'),
      ...indicators,
    ];
  }
  const decisions = pendingDecisions(run).map((d) =>
    t(ui.lang, 'x.decide', { role: textOf(ex.roles[d.role]?.label, ui.lang, d.role), prompt: textOrOwn(d.prompt, ui.lang).text }),
  );
  const prompts = openPrompts(run).map((p) => {
    const n = run.log.filter((l) => l.kind === 'entry' && l.entry.kind === 'predict' && l.entry.prompt === p.id).length;
    return t(ui.lang, 'x.predict', { prompt: textOrOwn(p.prompt, ui.lang).text, n });
  });
  const due = decisions.length + prompts.length ? [...decisions, ...prompts] : [t(ui.lang, 'x.nothingDue')];
  return [...due, '', t(ui.lang, 'x.indicators'), ...indicators];
}

/**
 * `count` rows of the log ending `back` entries before the newest, and the entries shown: each entry is word-wrapped to
 * `width` (continuation rows indented), so a number is never cut; an older entry that no longer fits whole is left out.
 */
export function logLines(ui: ExerciseUi, count: number, width = Number.POSITIVE_INFINITY): { lines: string[]; position: string } {
  const { ir } = ui.run.session.stepper;
  const all = ui.run.log.map((l) => {
    const date = formatMonthIn(ui.lang, ir.start + l.month);
    if (l.kind === 'inject') {
      const fired = l.fired ? t(ui.lang, 'x.injectFired', { id: l.fired }) : '';
      return `${date}  ${t(ui.lang, 'x.injectLog', { id: l.inject })}${fired}${l.skipped ? t(ui.lang, 'x.injectSkipped', { why: l.skippedText ?? l.skipped }) : ''}`;
    }
    const text = describeEntry(ui.run, l.entry, ui.lang);
    return `${date}  ${l.undone ? `${text}: ${describeEntry(ui.run, l.undone, ui.lang)}` : text}`;
  });
  const end = Math.max(Math.min(count, all.length), all.length - ui.logBack);
  const rows: string[] = [];
  let start = end;
  while (start > 0 && rows.length < count) {
    const entry = all[start - 1] as string;
    const wrapped = stringWidth(withoutIsolates(entry)) <= width ? [entry] : wrapCells(entry, width, '    ');
    if (rows.length > 0 && rows.length + wrapped.length > count) break;
    rows.unshift(...wrapped.slice(0, count));
    start--;
  }
  return {
    lines: rows,
    position: all.length
      ? `${t(ui.lang, 'x.logPosition', { from: start + 1, to: end, total: all.length })}${end < all.length ? t(ui.lang, 'x.newer') : ''}${start > 0 ? t(ui.lang, 'x.older') : ''}`
      : '',
  };
}

/** The open form in `rows` lines: answered fields, then the current one with a window of its options (those that cannot happen now marked ✗, the reason of the highlighted one spelled out) or the text typed and its check. */
export function formLines(ui: ExerciseUi, rows: number): string[] {
  const form = ui.form;
  if (!form) return [];
  const fields = fieldsOf(ui.run, form, ui.lang);
  const lines = [form.title, ''];
  lines.push(...fields.slice(0, form.index).map((f) => `  ${f.label}: ${form.answers[f.key] ?? ''}`));
  const current = fields[form.index];
  if (current?.kind === 'select') {
    lines.push(`  ${current.label}:`);
    const chosen = current.options[form.selected];
    const reason = chosen?.blocked ? [`  ✗ ${t(ui.lang, 'x.cannotHappen', { value: chosen.value, why: chosen.blocked })}`] : [];
    const room = Math.max(3, rows - lines.length - 2 - Math.ceil(reason.join('').length / 60));
    const first = Math.max(0, Math.min(form.selected - Math.floor(room / 2), current.options.length - room));
    const shown = current.options.slice(first, first + room);
    if (first > 0) lines.push(`    ${t(ui.lang, 'list.above', { n: first })}`);
    lines.push(...shown.map((o, i) => `  ${first + i === form.selected ? '>' : ' '} ${o.blocked ? '✗' : ' '} ${o.label}`));
    const below = current.options.length - first - shown.length;
    if (below > 0) lines.push(`    ${t(ui.lang, 'list.below', { n: below })}`);
    lines.push(...reason);
  } else if (current) {
    lines.push(`  ${current.label}: ${form.text}▌`);
    const problem = form.text === '' ? null : current.check(form.text);
    if (problem) lines.push(`    ✗ ${problem}`);
  }
  return lines;
}
