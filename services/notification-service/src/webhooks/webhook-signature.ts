import { createHmac } from 'node:crypto';

/**
 * `Calbridge-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">` (spec §5). The time is signed with the
 * body, so a receiver can refuse an old delivery replayed at it.
 */
export function webhookSignature(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}
