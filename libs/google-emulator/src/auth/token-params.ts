import type { FastifyRequest } from 'fastify';

export interface TokenParams {
  grant_type?: string;
  client_id?: string;
  client_secret?: string;
  refresh_token?: string;
  code?: string;
  redirect_uri?: string;
  code_verifier?: string;
  assertion?: string;
}

/** Form or JSON body; client credentials may also come as HTTP Basic (RFC 6749 §2.3.1). */
export function tokenParamsOf(request: FastifyRequest): TokenParams {
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as TokenParams;
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (basic === undefined || body.client_id !== undefined) return body;
  const [clientId = '', clientSecret = ''] = Buffer.from(basic, 'base64').toString().split(':');
  return { ...body, client_id: decodeURIComponent(clientId), client_secret: decodeURIComponent(clientSecret) };
}
