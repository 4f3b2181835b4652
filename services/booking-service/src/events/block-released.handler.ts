import type { EventHandler } from '@calbridge/messaging';
import { storeBlock } from '../blocks/block.repository.ts';

/** A released block stays as an inactive row with its version, so an older BlockApplied arriving late is dropped. */
export const onBlockReleased: EventHandler<'BlockReleased'> = async (trx, event) => {
  const { id, partnerId, roomId, version } = event.data.block;
  await storeBlock(trx, { id, partnerId, roomId, version });
};
