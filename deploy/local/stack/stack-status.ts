import { readFileSync } from 'node:fs';
import type { StackManifest } from './stack-manifest.ts';

/** One line per part the supervisor does not report running: which part is down and why, for a second `make up`. */
export function downParts(manifest: StackManifest | undefined): string[] {
  return (manifest?.parts ?? [])
    .filter((part) => part.state !== 'running')
    .map((part) => {
      const why = part.lastExit ? `last exit: ${part.lastExit}; ` : '';
      return `${part.name} is ${part.state} (${why}restart ${part.restarts}; log: ${part.log})`;
    });
}

/** Why the supervisor stopped, from its own "stopping (…)" line: the one line a failed `make up` prints. */
export function stopReason(supervisorLog: string): string | undefined {
  const lines = readFileSync(supervisorLog, 'utf8').split('\n');
  const stopping = lines.findLast((line) => /stopping \(/.test(line));
  return stopping?.replace(/^\S+ stopping \((.*)\)$/s, '$1');
}
