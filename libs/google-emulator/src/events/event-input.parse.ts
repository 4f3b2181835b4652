import { invalid } from '../errors/api-errors.ts';
import { type EventInput, eventInputSchema } from './event-input.schema.ts';

export function parseEventInput(body: unknown): EventInput {
  const result = eventInputSchema.safeParse(body ?? {});
  if (result.success) return result.data;
  const path = result.error.issues[0]?.path.join('.') ?? '';
  throw invalid(`Invalid value for: ${path}`);
}
