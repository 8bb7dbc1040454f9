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

/** A mistake the user can fix; printed without a stack, exit code 1. */
export class UserError extends Error {
  readonly exitCode: number = 1;
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UserError';
    this.hint = hint;
  }
}

/** A wrong command line; printed with the command's help, exit code 2. */
export class UsageError extends UserError {
  override readonly exitCode: number = 2;
  constructor(message: string, hint?: string) {
    super(message, hint);
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
