import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';

const ivBytes = 12;
const tagBytes = 16;

export interface SealedSecret {
  keyId: string;
  sealed: Buffer;
}

/**
 * AES-256-GCM for refresh tokens (spec §5 "Credentials"). The current key seals, every configured key opens, so a
 * key can be rotated while old tokens are still readable. The associated data binds a sealed token to its owner.
 */
export interface TokenCipher {
  seal(plaintext: string, associatedData: string): SealedSecret;
  open(secret: SealedSecret, associatedData: string): string;
}

export function createTokenCipher(config: Config): TokenCipher {
  const keys = new Map<string, Buffer>([
    ...config.CONNECTOR_ENCRYPTION_PREVIOUS_KEYS.map(([id, key]) => [id, Buffer.from(key, 'base64')] as const),
    [config.CONNECTOR_ENCRYPTION_KEY_ID, Buffer.from(config.CONNECTOR_ENCRYPTION_KEY, 'base64')],
  ]);
  const keyOf = (id: string): Buffer => {
    const key = keys.get(id);
    if (!key) throw new Error(`no encryption key with id ${id} is configured`);
    return key;
  };
  return {
    seal(plaintext, associatedData) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', keyOf(config.CONNECTOR_ENCRYPTION_KEY_ID), iv);
      cipher.setAAD(Buffer.from(associatedData));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return { keyId: config.CONNECTOR_ENCRYPTION_KEY_ID, sealed: Buffer.concat([iv, cipher.getAuthTag(), body]) };
    },
    open({ keyId, sealed }, associatedData) {
      const decipher = createDecipheriv('aes-256-gcm', keyOf(keyId), sealed.subarray(0, ivBytes));
      decipher.setAAD(Buffer.from(associatedData));
      decipher.setAuthTag(sealed.subarray(ivBytes, ivBytes + tagBytes));
      return Buffer.concat([decipher.update(sealed.subarray(ivBytes + tagBytes)), decipher.final()]).toString('utf8');
    },
  };
}
