import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface DeliveryOutcome {
  status: number | null;
  error?: string;
}

const TIMEOUT_MS = 10_000;

/** One POST with an empty body; a fresh connection each time, as Google's push senders do not keep ours open. */
export function postNotification(
  address: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<DeliveryOutcome> {
  const url = new URL(address);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(url, { method: 'POST', headers, agent: false, signal, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? null }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ status: null, error: error.message }));
    req.end();
  });
}
