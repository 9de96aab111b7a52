/**
 * Typed errors thrown by services. Services know nothing of HTTP; the app's one error
 * handler maps these to status codes and bodies.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** text safe to show a resident or staff member, in Vietnamese */
    readonly publicMessage?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {}
export class ValidationError extends AppError {}
export class UnauthorizedError extends AppError {}
export class ForbiddenError extends AppError {}
export class ConflictError extends AppError {}
export class RateLimitedError extends AppError {}
/** A call to Zalo (or another upstream) failed; `transient` says whether to retry. */
export class UpstreamError extends AppError {
  constructor(
    code: string,
    message: string,
    readonly transient: boolean,
    readonly upstreamCode?: number,
  ) {
    super(code, message);
  }
}

/** The HTTP status for a typed error: the one mapping every route (JSON API or page) uses. */
export function httpStatusOf(err: AppError): 400 | 401 | 403 | 404 | 409 | 429 | 500 {
  if (err instanceof ValidationError) return 400;
  if (err instanceof UnauthorizedError) return 401;
  if (err instanceof ForbiddenError) return 403;
  if (err instanceof NotFoundError) return 404;
  if (err instanceof ConflictError) return 409;
  if (err instanceof RateLimitedError) return 429;
  return 500;
}
