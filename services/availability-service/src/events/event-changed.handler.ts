import type { EventHandler } from '@calbridge/messaging';
import { applyCalendarEvent } from '../blocks/calendar-event.service.ts';
import { ownDb } from '../db/db.ts';

export const onEventChanged: EventHandler<'EventChanged'> = async (trx, event) => {
  await applyCalendarEvent(ownDb(trx), event.data, event.partnerid);
};
