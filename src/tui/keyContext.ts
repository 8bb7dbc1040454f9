// What key handlers may use besides the UI state: file access and the terminal they draw on.
import type { Session } from '../engine/session.js';
import type { DriversState, OddsState } from '../workers/oddsService.js';
import type { SignpostsState } from '../workers/signpostsService.js';

/** File access the UI needs, injected so the key logic stays testable. */
export type TuiIo = {
  readonly readSession: (path: string) => Session;
  readonly writeSession: (path: string, session: Session) => void;
};

/** File access of the simulator: sessions, and deleting a recovery file once it is restored or discarded. */
export type AppIo = TuiIo & { readonly removeRecovery?: (file: string) => void };

/** The terminal and what the overlays show, which the keys depend on (overlay length, the small-screen guard). */
export type View = {
  readonly columns: number;
  readonly rows: number;
  readonly odds: OddsState;
  readonly drivers?: DriversState;
  readonly signposts?: SignpostsState;
};

/** The second argument of every simulator key handler. */
export type KeyContext = { readonly io: AppIo; readonly view: View };
