import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Tenant } from './tenant.ts';
import { createTenantVerifier } from './tenant-verifier.ts';

const protectedPrefix = '/v1';

function isProtected(url: string | undefined): boolean {
  return url !== undefined && (url === protectedPrefix || url.startsWith(`${protectedPrefix}/`));
}

// Protection follows the route template, so a new /v1 route cannot be left open; registered first, the hook runs
// before any onRequest hook a service adds, so those already see the tenant.
export const authenticationPlugin = fp<{ jwtSecret: string }>(
  async (app, { jwtSecret }) => {
    const verifyTenant = createTenantVerifier(jwtSecret);
    const tenants = new WeakMap<FastifyRequest, Tenant>();
    app.decorateRequest('tenant', {
      getter(this: FastifyRequest): Tenant {
        const tenant = tenants.get(this);
        if (tenant === undefined) throw new Error(`request.tenant read on unauthenticated route ${this.url}`);
        return tenant;
      },
    });
    app.addHook('onRequest', async (request) => {
      if (isProtected(request.routeOptions.url)) tenants.set(request, verifyTenant(request.headers.authorization));
    });
    app.addHook('onRoute', (route) => {
      if (isProtected(route.url)) route.schema = { ...route.schema, security: [{ bearerAuth: [] }] };
    });
  },
  { name: 'calbridge-authentication' },
);
