import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../config.ts';

const uuid = z.uuid();

/**
 * The OAuth `state`: `<oauth_authorizations.id>.<HMAC-SHA256 of it>`, with a key derived from the encryption key, so
 * only the connector can mint one; the row makes it single-use and expiring. A state signed before a key rotation
 * no longer verifies, which only means starting the (10-minute) consent again.
 */
export interface OAuthStateSigner {
  sign(authorizationId: string): string;
  /** The authorization id a genuine state carries; undefined for anything else. */
  verify(state: string): string | undefined;
}

export function createOAuthStateSigner(config: Config): OAuthStateSigner {
  const secret = Buffer.from(config.CONNECTOR_ENCRYPTION_KEY, 'base64');
  const key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'calbridge oauth state v1', 32));
  const mac = (id: string) => createHmac('sha256', key).update(id).digest();
  return {
    sign: (authorizationId) => `${authorizationId}.${mac(authorizationId).toString('base64url')}`,
    verify(state) {
      const [id, signature, ...rest] = state.split('.');
      if (rest.length > 0 || id === undefined || signature === undefined || !uuid.safeParse(id).success) return;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(id);
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
    },
  };
}
