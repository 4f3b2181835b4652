/** How one attempt went: sent, worth another try later, or never going to work. */
export type DeliveryOutcome = { ok: true } | { ok: false; permanent: boolean; reason: string };

export const sent: DeliveryOutcome = { ok: true };

export const retryable = (reason: string): DeliveryOutcome => ({ ok: false, permanent: false, reason });

export const permanent = (reason: string): DeliveryOutcome => ({ ok: false, permanent: true, reason });
