import { freeTextField, idField, lineTextField } from '@calbridge/http';
import { z } from 'zod';
import { bookingInstantField } from './booking-instant.ts';
import { labelField, partnerIdField } from './field.schemas.ts';

const currencies = new Set(Intl.supportedValuesOf('currency'));

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const priceField = z.strictObject({
  amount: z.int().min(0).max(Number.MAX_SAFE_INTEGER).describe('In the minor unit of the currency, e.g. cents'),
  currency: z.string().refine((code) => currencies.has(code), { message: 'Not an ISO 4217 currency code' }),
});

const customerField = z.strictObject({
  email: z.email().max(254).nullable().optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ()./-]{2,31}$/, { message: 'Digits, spaces and ()./- only, optionally after a +' })
    .nullable()
    .optional(),
});

// Optional details; on PATCH, null clears one.
const details = {
  customer: customerField.nullable().optional(),
  price: priceField.nullable().optional(),
  participants: z.int().min(1).max(10_000).nullable().optional(),
  language: z.string().max(35).refine(isLanguageTag, { message: 'Not a BCP 47 language tag' }).nullable().optional(),
  notes: freeTextField(2_000).nullable().optional(),
  externalRef: lineTextField(200).min(1).nullable().optional(),
  status: z.enum(['pending_payment', 'confirmed']).optional(),
  paidOnline: z.boolean().optional(),
};

export const newBookingSchema = z.strictObject({
  roomId: idField,
  start: bookingInstantField,
  end: bookingInstantField,
  name: labelField,
  partnerId: partnerIdField,
  ...details,
});

export const bookingChangesSchema = z.strictObject({
  start: bookingInstantField.optional(),
  end: bookingInstantField.optional(),
  name: labelField.optional(),
  ...details,
});

export const bookingSchema = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    roomId: z.uuid(),
    start: z.string(),
    end: z.string(),
    status: z.enum(['pending_payment', 'confirmed', 'cancelled']),
    paidOnline: z.boolean(),
    name: z.string(),
    customer: z.object({ email: z.string().optional(), phone: z.string().optional() }),
    price: z.object({ amount: z.int(), currency: z.string() }).optional(),
    participants: z.int().optional(),
    language: z.string().optional(),
    notes: z.string().optional(),
    externalRef: z.string().optional(),
    version: z.int(),
  })
  .meta({ id: 'Booking' });
