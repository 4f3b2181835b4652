import { type EventHandler, refuse } from '@calbridge/messaging';
import { upsertBlock } from '../blocks/block.repository.ts';
import { ownDb } from '../db/db.ts';
import { foreignPartnerReason } from './event-partner.ts';

/** Learns when a block's calendar event takes place, which a conflict message shows; nothing is notified. */
export const onBlockApplied: EventHandler<'BlockApplied'> = async (trx, event) => {
  const { block } = event.data;
  const foreign = foreignPartnerReason(event.partnerid, block.partnerId);
  if (foreign) return refuse(event, foreign);
  await upsertBlock(ownDb(trx), block);
};
