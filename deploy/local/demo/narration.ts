/**
 * How the demo speaks: each story is a numbered list of steps, each step says what a person did, what calbridge did
 * about it (checked, not assumed: a check that never comes true stops the demo with what it saw last) and where a
 * person can look for themselves.
 */
export interface Narration {
  story(title: string, source: string): void;
  step(text: string): void;
  /** Waits until `accept` holds for what `ask` answers (the services learn from each other a moment later). */
  check<T>(claim: string, ask: () => Promise<T>, accept: (seen: T) => boolean, timeoutMs?: number): Promise<T>;
  /** A check of something that is true at once or never. */
  see(claim: string, holds: boolean, seen?: unknown): void;
  look(what: string, where: string): void;
  note(text: string): void;
}

export class DemoCheckFailed extends Error {}

const pollMs = 250;

export function consoleNarration(write: (line: string) => void = console.log): Narration {
  let storyNumber = 0;
  let stepNumber = 0;
  const indent = '     ';
  return {
    story(title, source) {
      storyNumber += 1;
      stepNumber = 0;
      write(`\n== ${storyNumber}. ${title} ==\n   (${source})`);
    },
    step(text) {
      stepNumber += 1;
      write(`\n${`${storyNumber}.${stepNumber}`.padEnd(4)} ${text}`);
    },
    async check(claim, ask, accept, timeoutMs = 45_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const seen = await ask().catch((error: Error) => error);
        if (!(seen instanceof Error) && accept(seen)) {
          write(`${indent}✓ ${claim}`);
          return seen;
        }
        if (Date.now() > deadline) {
          const last = seen instanceof Error ? seen.message : JSON.stringify(seen);
          throw new DemoCheckFailed(`✗ ${claim}: not seen within ${timeoutMs / 1000} s; last seen: ${last}`);
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    see(claim, holds, seen) {
      if (!holds) throw new DemoCheckFailed(`✗ ${claim}; seen: ${JSON.stringify(seen)}`);
      write(`${indent}✓ ${claim}`);
    },
    look(what, where) {
      write(`${indent}look: ${what}: ${where}`);
    },
    note(text) {
      write(`${indent}${text}`);
    },
  };
}
