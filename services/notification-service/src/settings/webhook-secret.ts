import { randomBytes } from 'node:crypto';

/** 32 random bytes: the HMAC-SHA256 key a partner verifies deliveries with. The prefix tells people what it is. */
export const generateWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;
