/**
 * Expected failures: one enum of codes, each error naming the fields it concerns. Anything that
 * is not an AppError is unexpected: it is logged in full and reaches the client as INTERNAL.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** Not signed in (or the session or token is no longer valid). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Signed in, but the role does not allow it. */
  FORBIDDEN: 'FORBIDDEN',
  /** Signed in with a one-time password: nothing but changing it until that is done. */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  /** The caller's request budget is spent; `retryAfter` (and the Retry-After header) says when to come back. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A restore (the undo of a delete) names relationships whose other end is gone since; `fields` names each; nothing was written. */
  LINK_END_GONE: 'LINK_END_GONE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  /** The input field (GraphQL argument path, or CSV column). */
  readonly field: string;
  readonly message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(fields: readonly FieldProblem[]): AppError {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input — ${summary}`, fields);
  }

  static notFound(what: string, id: string, field?: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}"`, field ? [{ field, message: `no ${what} with id "${id}"` }] : []);
  }

  static conflict(message: string, field?: string): AppError {
    return new AppError(ErrorCode.CONFLICT, message, field ? [{ field, message }] : []);
  }
}
