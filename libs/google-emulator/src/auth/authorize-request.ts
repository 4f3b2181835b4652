import { z } from 'zod';

/** Query of Google's authorization endpoint, plus the emulator's `auto_approve` and `grant_scopes` (spec §7). */
export const authorizeRequestSchema = z.object({
  client_id: z.string().min(1),
  redirect_uri: z.url(),
  response_type: z.literal('code'),
  scope: z.string().min(1),
  state: z.string().optional(),
  access_type: z.enum(['online', 'offline']).default('online'),
  prompt: z.string().optional(),
  login_hint: z.string().optional(),
  code_challenge: z.string().optional(),
  code_challenge_method: z.enum(['plain', 'S256']).optional(),
  include_granted_scopes: z.string().optional(),
  auto_approve: z.string().optional(),
  grant_scopes: z.string().optional(),
});

export type AuthorizeRequest = z.infer<typeof authorizeRequestSchema>;
