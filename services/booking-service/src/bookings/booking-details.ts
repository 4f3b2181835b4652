import type { Booking } from './booking.ts';

/** What a client may set on a booking; on PATCH, `null` clears an optional field. */
export interface BookingDetails {
  start?: string;
  end?: string;
  status?: 'pending_payment' | 'confirmed';
  paidOnline?: boolean;
  name?: string;
  customer?: { email?: string | null; phone?: string | null } | null;
  price?: { amount: number; currency: string } | null;
  participants?: number | null;
  language?: string | null;
  notes?: string | null;
  externalRef?: string | null;
}

/** The booking with `details` applied: the next snapshot, before its version is bumped. */
export function applyDetails<Snapshot extends Omit<Booking, 'partnerId'>>(
  booking: Snapshot,
  details: BookingDetails,
): Snapshot {
  const next: Record<string, unknown> = { ...booking };
  for (const [field, value] of Object.entries(details)) {
    if (value === undefined) continue;
    if (field === 'customer') next.customer = mergeCustomer(booking.customer, value as BookingDetails['customer']);
    else if (value === null) delete next[field];
    else next[field] = value;
  }
  return next as Snapshot;
}

function mergeCustomer(current: Booking['customer'], patch: BookingDetails['customer']): Booking['customer'] {
  if (patch === null || patch === undefined) return {};
  const merged: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete merged[field];
    else if (value !== undefined) merged[field] = value;
  }
  return merged;
}
