// What `play` starts with: the first screen (restore offer, replay report, or the session), the recovery file, the stop signals.
import type { Stepper } from '../engine/createStepper.js';
import type { Replay } from '../engine/replaySession.js';
import { t } from '../i18n/messages.js';
import { findRecovery, recoveryPath, removeRecovery, writeRecovery } from '../report/recoveryStore.js';
import type { Recovery } from '../tui/hooks/use-autosave.js';
import type { Signals } from '../tui/hooks/use-session.js';
import type { UiState } from '../tui/uiState.js';
import { replayReport } from './openSession.js';

/** The first screen: the offer to restore unsaved work left in `dir`, else the replay report, else the session itself. */
export function firstScreen(start: UiState, dir: string, stepper: Stepper, replay: { path: string; replay: Replay } | null): UiState {
  const found = findRecovery(dir, stepper);
  if (found) {
    const from = { file: found.file, savedAt: found.savedAt };
    return { ...start, mode: { kind: 'restore', recovered: found.session, from, sessionPath: found.sessionPath } };
  }
  if (replay) return { ...start, mode: { kind: 'notice', title: t(start.lang, 'replay.title'), lines: replayReport(replay.path, replay.replay, start.lang) } };
  return start;
}

/** This process's recovery file for the scenario, written with the time of the write. */
export function recoveryFile(dir: string, scenarioId: string): Recovery {
  const own = recoveryPath(dir, scenarioId);
  return {
    save: (s, sessionPath) => writeRecovery(own, s, sessionPath, new Date().toISOString()),
    clear: () => removeRecovery(own),
  };
}

/** SIGTERM passed to the UI (which asks like q does); `dispose` restores the default. */
export function stopSignals(): { signals: Signals; dispose: () => void } {
  const listeners = new Set<(name: string) => void>();
  const onTerm = () => {
    for (const l of listeners) l('SIGTERM');
  };
  process.on('SIGTERM', onTerm);
  const signals: Signals = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return { signals, dispose: () => process.off('SIGTERM', onTerm) };
}
