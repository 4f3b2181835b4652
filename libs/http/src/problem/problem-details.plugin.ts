import fp from 'fastify-plugin';
import { handleError } from './handle-error.ts';

export const problemDetailsPlugin = fp(
  async (app) => {
    app.setErrorHandler(handleError);
  },
  { name: 'calbridge-problem-details' },
);
