import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemBody } from './problem-body.ts';
import type { ProblemError } from './problem-error.ts';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError): FastifyReply {
  const [path] = request.url.split('?', 1);
  // Sent pre-serialized so a route's response schema for the same status can never reshape or reject a problem.
  return reply
    .code(problem.status)
    .headers(problem.headers)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problemBody(problem, path)));
}
