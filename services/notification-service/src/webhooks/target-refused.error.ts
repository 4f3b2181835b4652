/** A webhook target calbridge will not call; permanent, so the notification fails at once with this message. */
export class TargetRefusedError extends Error {
  readonly code = 'ERR_WEBHOOK_TARGET_REFUSED';
}

/** The refusal somewhere in an error's cause chain (the HTTP client wraps what the DNS lookup threw). */
export function findRefusal(error: unknown): TargetRefusedError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof TargetRefusedError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
