// A team's seat: one state fed by keys (through handleSeatKey) and by the host's messages; the connection sends what a key confirms.
import { useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/messages.js';
import type { SeatConnection, SeatEvents, SeatProblem } from '../../server/connectSeat.js';
import type { AckStatus, SeatIdentity } from '../../server/protocol.js';
import { type BidiMode, bidiModeOf } from '../bidi.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { splitKeys } from '../keyPress.js';
import { handleSeatKey, type SeatUi } from './handleSeatKey.js';
import { SeatScreen } from './SeatScreen.js';
import { problemText, seatLang } from './seatLines.js';

/** `bidi`: right-to-left lines in visual or logical order (default from STATECRAFT_BIDI and the terminal, as in play). */
type Props = {
  readonly connect: (events: SeatEvents) => SeatConnection;
  readonly size?: { readonly columns: number; readonly rows: number };
  readonly bidi?: BidiMode;
  /** The language before the host's first view (`join --lang`). */
  readonly lang?: string;
};

/** The host's answer to a sent action, in the seat's language. */
const answer = (lang: string, status: AckStatus) => t(lang, `seat.ack.${status}`);

const INITIAL: SeatUi = { view: null, form: null, status: null, connection: 'connecting', logScroll: 0, showBriefing: true, showWorld: false, quit: false };

/** The seat after a change of connection: a problem is shown in the seat's language; being online again clears it. */
function connectionChanged(s: SeatUi, connection: string, problem: SeatProblem | undefined): SeatUi {
  if (problem)
    return { ...s, connection, status: { kind: 'error', text: problemText(seatLang(s), problem), connection: true, hint: problem.kind !== 'refused' } };
  return { ...s, connection, status: connection === 'online' && s.status?.connection ? null : s.status };
}

export function SeatApp({ connect, size, bidi = bidiModeOf(process.env), lang = 'en' }: Props) {
  const { exit } = useApp();
  const terminal = useTerminalSize();
  const dims = size ?? terminal;
  const conn = useRef<SeatConnection | null>(null);
  const current = useRef<SeatUi>({ ...INITIAL, lang });
  const [ui, setUi] = useState(current.current);
  const [seat, setSeat] = useState<SeatIdentity | null>(null);
  const update = (f: (s: SeatUi) => SeatUi) => {
    current.current = f(current.current);
    setUi(current.current);
  };
  useInput((input, key) =>
    update((s) => {
      let next = s;
      for (const press of splitKeys(input, key)) {
        const r = handleSeatKey(next, press, dims);
        if (r.send) conn.current?.send(r.send);
        next = r.ui;
        if (next.quit) break;
      }
      return next;
    }),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `update` writes through refs; connect once per `connect`
  useEffect(() => {
    conn.current = connect({
      onWelcome: setSeat,
      onView: (view) => update((s) => ({ ...s, view })),
      onAck: (_id, status, message) =>
        update((s) => ({
          ...s,
          status: {
            kind: status === 'refused' || status === 'vetoed' ? 'error' : 'info',
            text: `${answer(s.view?.lang ?? 'en', status)}${message ? `: ${message}` : ''}`,
          },
        })),
      onStatus: (connection, problem) => update((s) => connectionChanged(s, connection, problem)),
    });
    return () => conn.current?.close();
  }, [connect]);
  useEffect(() => {
    if (ui.quit) exit();
  }, [ui.quit, exit]);
  return (
    <SeatScreen
      ui={ui}
      seat={seat ? (seat.watch ? t(seatLang(ui), 'seat.observer') : seat.label) : '…'}
      watch={seat?.watch ?? false}
      width={dims.columns}
      height={dims.rows}
      bidi={bidi}
    />
  );
}
