// Makes text from a user file safe to print to a terminal: control characters are shown, never obeyed.

// C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, which some terminals treat as ESC sequences).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Replaces each control character (ESC, BEL, CR, C1…) with a visible `\xNN`, so a label cannot clear the screen,
 * set the window title or write the clipboard (OSC 52). Tab and newline are kept.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
