import { changeToBlockBench } from './change-to-block.bench.ts';
import { webhookIntakeBench } from './webhook-intake.bench.ts';

/**
 * Google → availability (issue 11): the webhook's intake against bare Fastify, Google change → BlockApplied latency
 * and Google calls per change. The emulator pushes the moment an event changes, so the latency is calbridge's side
 * plus one loopback hop, not Google's push delay.
 */
export async function inboundBench(brokers: string[]) {
  const intake = await webhookIntakeBench();
  const change = await changeToBlockBench(brokers);
  const ratio = (value: number) => Math.round(value * 100) / 100;
  return {
    inbound: {
      webhookPerSecond: Math.round(intake.webhook.perSecond),
      bareFastifyPerSecond: Math.round(intake.bare.perSecond),
      ratio: ratio(intake.webhook.perSecond / intake.bare.perSecond),
      webhookP99Ms: intake.webhook.p99Ms,
      // Must both be 0: every notification answered 2xx, and each 2xx a notification the connector verified.
      webhookNot2xx: intake.webhook.non2xx + intake.webhook.errors + intake.webhook.timeouts,
      webhookUnverified: Math.max(0, intake.webhook.ok - intake.webhook.verified),
      bareP99Ms: intake.bare.p99Ms,
      changeToBlockP50Ms: change.p50Ms,
      changeToBlockP99Ms: change.p99Ms,
      googleCallsPerChange: ratio(change.googleCalls / change.changes),
    },
    // What the figures are made of: every webhook answer (non-2xx, errors, and the connector's own count of verified
    // notifications, ≥ the 2xx since requests in flight at the end are answered uncounted) and the change phase.
    detail: {
      webhook: { connections: intake.connections, seconds: intake.seconds, ...intake.webhook },
      bare: intake.bare,
      changes: change,
    },
  };
}
