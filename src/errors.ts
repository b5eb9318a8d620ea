/**
 * Configuration and programming errors: one typed error with a stable code. Problems with a single
 * article are never thrown; they are recorded as `Message`s on the Doc (see model/types.ts).
 */

export type ErrorCode =
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_INVALID'
  | 'USAGE'
  | 'INPUT_NOT_FOUND'
  | 'PIPELINE_ORDER'
  | 'DB_OPEN'
  | 'DB_SCHEMA'
  | 'DB_WRITE'
  | 'GOLD_INVALID';

/** Exit code for each error code: 2 for usage and configuration, 1 for runtime failures. */
const EXIT_CODES: Record<ErrorCode, number> = {
  CONFIG_NOT_FOUND: 2,
  CONFIG_INVALID: 2,
  USAGE: 2,
  INPUT_NOT_FOUND: 2,
  PIPELINE_ORDER: 2,
  DB_OPEN: 2,
  DB_SCHEMA: 2,
  // The run started and may have stored articles: a failed run (1), not a usage error.
  DB_WRITE: 1,
  GOLD_INVALID: 2,
};

/** An error whose message says what was expected, what arrived and how to fix it. */
export class ClaimsError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaimsError';
    this.code = code;
    this.exitCode = EXIT_CODES[code];
  }
}

/** A readable one-line description of anything thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
