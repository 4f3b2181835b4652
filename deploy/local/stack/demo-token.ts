// The one file rather than the package's index, which loads Fastify: `make up` waits for this import.
import { signToken } from '../../../libs/http/src/auth/sign-token.ts';

/** The partner the demo token acts for: fixed, so data created with one `make up` is still theirs after the next. */
export const demoPartnerId = '00000000-0000-4000-8000-0000000000de';

const validForSeconds = 30 * 24 * 60 * 60;

export const demoPartnerToken = (jwtSecret: string): string =>
  signToken({ partnerId: demoPartnerId, expiresInSeconds: validForSeconds }, jwtSecret);
