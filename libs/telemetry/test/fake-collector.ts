import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCollector {
  url: string;
  received: { path: string; body: string }[];
  close(): Promise<void>;
}

/** An OTLP/HTTP endpoint that accepts every export and keeps it for assertions. */
export async function startFakeCollector(): Promise<FakeCollector> {
  const received: FakeCollector['received'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: async () => {
      server.close();
      await once(server, 'close');
    },
  };
}
