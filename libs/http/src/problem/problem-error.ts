import type { FieldError } from './problem-details.schema.ts';

export interface ProblemExtra {
  errors?: FieldError[];
  headers?: Record<string, string>;
  members?: Record<string, unknown>;
}

// The one error type services throw on purpose; the error handler renders it as problem+json.
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly members: Record<string, unknown>;

  constructor(status: number, code: string, title: string, detail?: string, extra: ProblemExtra = {}) {
    super(detail ?? title);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.title = title;
    this.detail = detail;
    this.errors = extra.errors;
    this.headers = extra.headers ?? {};
    this.members = extra.members ?? {};
  }
}
