import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';

/** Where a person reads the service's OpenAPI document: `GET /docs`, beside the machine-readable `/openapi.json`. */
export const apiDocsPath = '/docs';

/**
 * Swagger UI over the document @fastify/swagger builds (served again at `/docs/json`, which the page loads), so it
 * always shows this service's routes. Public like `/openapi.json`, and every route it adds is hidden from the
 * document. Its own strict CSP covers its pages; `upgrade-insecure-requests` is dropped because the local stack
 * serves plain http on loopback, where a browser would otherwise ask for https that nobody answers.
 */
export const apiDocsPlugin = fp<{ title: string }>(
  async (app, { title }) => {
    await app.register(swaggerUi, {
      routePrefix: apiDocsPath,
      staticCSP: true,
      transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
      theme: { title: `${title} API` },
      uiConfig: { deepLinking: true, tryItOutEnabled: false },
    });
  },
  { name: 'calbridge-api-docs', dependencies: ['calbridge-openapi'] },
);
