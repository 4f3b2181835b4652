export interface Tenant {
  partnerId: string;
  isAdmin: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    // Set on every /v1 route; reading it anywhere else is a programming error and fails the request.
    tenant: Tenant;
  }
}
