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
