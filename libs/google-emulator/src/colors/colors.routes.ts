import type { FastifyInstance } from 'fastify';
import { principalOf } from '../app/request-principal.ts';
import { requireScope } from '../auth/scopes.ts';
import { renderColors } from './color-palette.ts';

export function registerColorRoutes(api: FastifyInstance): void {
  api.get('/colors', async (request) => {
    requireScope(principalOf(request), 'colors');
    return renderColors();
  });
}
