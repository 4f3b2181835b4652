import type { z } from 'zod';
import { GoogleError } from '../errors/google-error.ts';

export const controlError = (code: number, message: string) =>
  new GoogleError({ code, domain: 'emulator', reason: code === 404 ? 'notFound' : 'invalid', message });

export function parseControlBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw controlError(400, `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
}
