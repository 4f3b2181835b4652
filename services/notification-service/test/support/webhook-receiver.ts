import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingMessage['headers'];
  body: string;
}

/** What the receiver does with its n-th request (from 1): answer with a status, or never answer. */
export type Script = (n: number, request: ReceivedWebhook) => number | 'hang';

/** A partner's webhook endpoint on loopback that records every request and answers as scripted. */
export async function startWebhookReceiver(script: Script = () => 200) {
  const requests: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const received = { headers: request.headers, body };
      requests.push(received);
      const answer = script(requests.length, received);
      if (answer !== 'hang') response.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/calbridge`,
    port,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * What a partner's receiver does with `Calbridge-Signature: t=…,v1=…`: recompute HMAC-SHA256 over `t.body` with its
 * secret, compare in constant time, and refuse a timestamp more than five minutes away.
 */
export function verifySignature(header: string | undefined, body: string, secret: string, now = Date.now()): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!parts.v1 || !Number.isInteger(t) || Math.abs(now / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
