// Error types shared by every layer: user errors carry a fix, bugs carry a stack.

/** One positioned problem in a user file. */
export type Diagnostic = {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Path inside the document, e.g. `triggers.isis_resurgence.chance`. */
  readonly path: string;
  /** Stable reason code, e.g. `unknown-reference`. */
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
};

/**
 * A message of the interface's catalog (src/i18n) as plain data: its id and named values, a value being text, a number or
 * another catalog message (a noun such as "session file"), so that a screen can word it in its own language.
 */
export type CatalogText = {
  readonly id: string;
  readonly params: Readonly<Record<string, string | number | CatalogText>>;
};

/** A mistake the user can fix; printed without a stack, exit code 1. */
export class UserError extends Error {
  readonly exitCode: number = 1;
  readonly hint: string | undefined;
  /** The message and hint as catalog entries, when the error was made from the catalog (src/i18n/userError.ts); `message` is their English text. */
  readonly text: { readonly message: CatalogText; readonly hint: CatalogText | undefined } | undefined;
  constructor(message: string, hint?: string, text?: { readonly message: CatalogText; readonly hint: CatalogText | undefined }) {
    super(message);
    this.name = 'UserError';
    this.hint = hint;
    this.text = text;
  }
}

/** A wrong command line; printed with the command's help, exit code 2. */
export class UsageError extends UserError {
  override readonly exitCode: number = 2;
  constructor(message: string, hint?: string, text?: UserError['text']) {
    super(message, hint, text);
    this.name = 'UsageError';
  }
}

/** A user file with one or more positioned problems. */
export class ScenarioError extends UserError {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const first = diagnostics[0];
    super(first ? `${diagnostics.length} error${diagnostics.length === 1 ? '' : 's'} in ${first.file}` : 'invalid file');
    this.name = 'ScenarioError';
    this.diagnostics = diagnostics;
  }
}
