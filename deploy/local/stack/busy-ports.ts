import { createServer } from 'node:net';
import type { PartDescription } from './stack-part.ts';

/** The parts' ports that something already listens on, as "8081 (booking-service)". */
export async function busyPorts(parts: PartDescription[]): Promise<string[]> {
  const wanted = parts.flatMap((part) => part.ports.map((port) => ({ port, owner: part.name })));
  const free = await Promise.all(wanted.map(({ port }) => isFree(port)));
  return wanted.filter((_, index) => !free[index]).map(({ port, owner }) => `${port} (${owner})`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
