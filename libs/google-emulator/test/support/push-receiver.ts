import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedNotification {
  path: string;
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real webhook endpoint: records every POST and answers the scripted statuses (then 200). */
export async function startPushReceiver() {
  const received: ReceivedNotification[] = [];
  const scripted = new Map<string, number[]>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.statusCode = scripted.get(path)?.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const at = (path: string) => received.filter((notification) => notification.path === path);
  return {
    url,
    at,
    respondWith(path: string, statuses: number[]) {
      scripted.set(path, [...statuses]);
    },
    async waitFor(path: string, count: number, timeoutMs = 10_000): Promise<ReceivedNotification[]> {
      const deadline = Date.now() + timeoutMs;
      while (at(path).length < count) {
        if (Date.now() > deadline) throw new Error(`${path}: ${at(path).length} of ${count} notifications arrived`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return at(path);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type PushReceiver = Awaited<ReturnType<typeof startPushReceiver>>;
