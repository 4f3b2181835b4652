import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { problemResponseTransform } from './problem-response.transform.ts';

export interface OpenApiOptions {
  title: string;
  version: string;
}

// Registered before any route so @fastify/swagger sees every route the service declares later.
export const openApiPlugin = fp<OpenApiOptions>(
  async (app, { title, version }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title, version },
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
      },
      transform: problemResponseTransform,
      transformObject: jsonSchemaTransformObject,
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'calbridge-openapi' },
);
