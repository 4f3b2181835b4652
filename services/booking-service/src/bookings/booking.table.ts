import type { ColumnType, Generated } from 'kysely';

export interface BookingTable {
  id: string;
  partner_id: string;
  room_id: string;
  start_at: Date;
  end_at: Date;
  status: 'pending_payment' | 'confirmed' | 'cancelled';
  paid_online: boolean;
  name: string;
  customer_email: string | null;
  customer_phone: string | null;
  // pg returns int8 as a string, so that no amount is silently rounded.
  price_amount: ColumnType<string | null, number | null, number | null>;
  price_currency: string | null;
  participants: number | null;
  language: string | null;
  notes: string | null;
  external_ref: string | null;
  version: number;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
