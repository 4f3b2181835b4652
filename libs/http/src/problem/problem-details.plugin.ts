import fp from 'fastify-plugin';
import { handleError } from './handle-error.ts';
import { ProblemError } from './problem-error.ts';
import { sendProblem } from './send-problem.ts';

export const problemDetailsPlugin = fp(
  async (app) => {
    app.setErrorHandler(handleError);
    app.setNotFoundHandler((request, reply) => {
      const [path] = request.url.split('?', 1);
      const detail = `No route matches ${request.method} ${path}.`;
      return sendProblem(request, reply, new ProblemError(404, 'not_found', 'Not Found', detail));
    });
  },
  { name: 'calbridge-problem-details' },
);
