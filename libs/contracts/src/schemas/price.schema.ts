import { z } from 'zod';

// Minor units keep money out of floating point (ISO 4217 exponents differ per currency).
export const priceSchema = z.looseObject({
  amount: z.int().nonnegative().describe('Amount in the minor unit of the currency, e.g. cents'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'Invalid currency: expected an ISO 4217 code such as PLN' })
    .describe('ISO 4217 currency code'),
});

export type Price = z.infer<typeof priceSchema>;
