import { Agent, request } from 'undici';
import { type DeliveryOutcome, permanent, retryable, sent } from '../delivery/delivery-outcome.ts';
import { guardedLookup } from './guarded-lookup.ts';
import { findRefusal } from './target-refused.error.ts';
import { webhookSignature } from './webhook-signature.ts';
import { webhookUrlProblem } from './webhook-url.ts';

export interface WebhookDelivery {
  url: string;
  secret: string;
  /** The notification's id: the same on every attempt, so a receiver can drop a repeat. */
  deliveryId: string;
  event: string;
  body: string;
}

export interface WebhookSender {
  send(delivery: WebhookDelivery): Promise<DeliveryOutcome>;
  close(): Promise<void>;
}

/** Signed JSON POSTs with a deadline; redirects are not followed, since they could lead anywhere. */
export function createWebhookSender({
  timeoutMs,
  allowLocal,
}: {
  timeoutMs: number;
  allowLocal: boolean;
}): WebhookSender {
  const agent = new Agent({
    connect: { timeout: timeoutMs, ...(allowLocal ? {} : { lookup: guardedLookup }) },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const send = async ({ url, secret, deliveryId, event, body }: WebhookDelivery): Promise<DeliveryOutcome> => {
    const problem = webhookUrlProblem(url, allowLocal);
    if (problem) return permanent(`webhook target refused: ${problem}`);
    try {
      const response = await request(url, {
        method: 'POST',
        dispatcher: agent,
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'calbridge-notifications',
          'calbridge-delivery': deliveryId,
          'calbridge-event': event,
          'calbridge-signature': webhookSignature(secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
      });
      await response.body.dump();
      if (response.statusCode >= 200 && response.statusCode < 300) return sent;
      return retryable(`the webhook answered ${response.statusCode}`);
    } catch (error) {
      const refusal = findRefusal(error);
      if (refusal) return permanent(`webhook target refused: ${refusal.message}`);
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError' || /Timeout/i.test(name))
        return retryable(`the webhook did not answer within ${timeoutMs} ms`);
      return retryable(`the webhook could not be reached: ${(error as Error).message}`);
    }
  };
  return { send, close: () => agent.close() };
}
