import type { ChildProcess } from 'node:child_process';

/** Resolves once `child` has ended (or could not start), in words for a log line: "exited with code 1", "killed by SIGKILL". */
export function processExit(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    child.once('error', (error) => resolve(`could not run: ${error.message}`));
    child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exited with code ${code}`));
  });
}

/** Rejects with `error()` once `signal` aborts; never settles otherwise. For racing a start against a stop. */
export function aborted(signal: AbortSignal | undefined, error: () => Error): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(error());
    signal?.addEventListener('abort', () => reject(error()), { once: true });
  });
}
