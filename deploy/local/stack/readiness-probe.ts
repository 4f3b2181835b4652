import { connect } from 'node:net';
import type { ReadinessProbe } from './stack-part.ts';

const probeTimeoutMs = 2_000;

/** Resolves when the probe passes; rejects with what it saw otherwise, in words fit for a status line. */
export function probe(readiness: ReadinessProbe): Promise<void> {
  return 'http' in readiness ? probeHttp(readiness.http) : probeTcp(readiness.tcp);
}

async function probeHttp(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(probeTimeoutMs) }).catch((error: Error) => {
    throw new Error(`GET ${url}: ${(error.cause as { code?: string } | undefined)?.code ?? error.message}`);
  });
  await response.body?.cancel();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
}

function probeTcp(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: probeTimeoutMs });
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error(`port ${port}: no answer`));
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`port ${port}: ${error.code ?? error.message}`)),
    );
  });
}
