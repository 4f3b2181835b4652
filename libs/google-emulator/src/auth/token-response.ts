import type { AccessTokenRecord } from './token.model.ts';

/** Always carries `expires_in`: without it gtoken fetches a new token before every call (reference §8.2). */
export function tokenResponse(
  access: AccessTokenRecord,
  lifetimeSeconds: number,
  refreshToken?: string,
): Record<string, unknown> {
  return {
    access_token: access.token,
    expires_in: lifetimeSeconds,
    ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
    scope: access.scopes.join(' '),
    token_type: 'Bearer',
  };
}
