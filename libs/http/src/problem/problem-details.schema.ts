import { z } from 'zod';

export const fieldErrorSchema = z.object({
  field: z.string().describe('Where the bad value is, e.g. body.customer.email or query.limit'),
  message: z.string(),
});

export type FieldError = z.infer<typeof fieldErrorSchema>;

// Loose because RFC 9457 allows extension members beyond the ones every problem carries.
export const problemDetailsSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().describe('Stable machine-readable error code, e.g. slot_taken'),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type ProblemDetails = z.infer<typeof problemDetailsSchema>;
