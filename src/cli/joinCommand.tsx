// Opens a seat's terminal screen on a hosted exercise; the connection rejoins by itself until the seat quits.
import { render } from 'ink';
import { INTERFACE_LANGUAGES } from '../i18n/messages.js';
import { usageError, userError } from '../i18n/userError.js';
import { connectSeat, type SeatEvents, type SeatProblem } from '../server/connectSeat.js';
import { SeatApp } from '../tui/seat/SeatApp.js';
import { ThemeContext } from '../tui/theme.js';

/** `lang`: the seat's language until the host's first view (connecting, a refused code, an unreachable host); English by default. */
export type JoinOptions = { readonly code: string; readonly watch?: boolean; readonly lang?: string };

/** The interface language of a seat before it joins: one the catalog has. */
export function seatLanguage(lang: string | undefined): string {
  if (lang === undefined) return 'en';
  if (!INTERFACE_LANGUAGES.includes(lang)) throw usageError('err.joinLang', { lang, known: INTERFACE_LANGUAGES.join(', ') });
  return lang;
}

/** `host:port` or `[v6]:port` as a WebSocket URL. */
export function seatUrl(address: string): string {
  const m = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(address);
  const port = Number(m?.[2]);
  if (!m || port < 1 || port > 65535) throw usageError('err.seatAddress', { address });
  return `ws://${m[1]}:${port}`;
}

/** Resolves when the seat quits: 0, or 1 when it quits not connected (a refused code, an unreachable host, a lost connection). */
export async function joinCommand(address: string, o: JoinOptions): Promise<number> {
  const url = seatUrl(address);
  const lang = seatLanguage(o.lang);
  if (!process.stdin.isTTY || !process.stdout.isTTY) throw userError('err.seatTty');
  const color = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';
  // Why the seat is not connected when it quits (a refused code, an unreachable host, a lost connection): then it exits 1.
  let problem: SeatProblem | undefined;
  const connect = (events: SeatEvents) => {
    const conn = connectSeat(url, o.code, {
      ...events,
      onStatus: (status, why) => {
        // The exercise having ended is no failure of the seat.
        if (why || status === 'online') problem = why?.kind === 'refused' && why.code === 'ended' ? undefined : why;
        events.onStatus?.(status, why);
      },
      onWelcome: (seat) => {
        events.onWelcome?.(seat);
        if (o.watch && !seat.watch) {
          conn.close();
          problem = { kind: 'refused', code: 'watch-team-code', message: 'this is a team code' };
          events.onStatus?.('refused', problem);
        }
      },
    });
    return conn;
  };
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(
      <ThemeContext.Provider value={{ color }}>
        <SeatApp connect={connect} lang={lang} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: true, patchConsole: false, maxFps: 60 },
    );
    await app.waitUntilExit();
  } finally {
    process.stdout.write('\x1b[?1049l');
  }
  return problem ? 1 : 0;
}
