/** An event whose data names another partner than its envelope is refused: a bug or a forgery, never notified. */
export const foreignPartnerReason = (envelopePartner: string, dataPartner: string): string | undefined =>
  envelopePartner.toLowerCase() === dataPartner.toLowerCase()
    ? undefined
    : `data names partner ${dataPartner}, the envelope ${envelopePartner}`;
