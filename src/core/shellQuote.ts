// Command lines a person may paste: each word quoted for a POSIX shell, so pasting runs statecraft and nothing else.

/** Words a POSIX shell reads as themselves, unquoted. */
const PLAIN = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** Quotes a word for a POSIX shell: as is when plain, else in single quotes, each `'` written `'\''`. */
export function shellQuote(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A file name as a command-line word (quoted by {@link commandLine}): one that starts with `-` gets `./`, so that it is not read as an option. */
export const fileWord = (file: string): string => (file.startsWith('-') ? `./${file}` : file);

/** A command line from its words, each quoted (`statecraft`, the command, then its arguments). */
export const commandLine = (words: readonly string[]): string => words.map(shellQuote).join(' ');

/** `statecraft debrief TRANSCRIPT`, quoted. */
export const debriefCommandLine = (transcript: string): string => commandLine(['statecraft', 'debrief', fileWord(transcript)]);
