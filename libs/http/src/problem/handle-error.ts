import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from './problem-error.ts';
import { sendProblem } from './send-problem.ts';
import { toProblemError } from './to-problem-error.ts';

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = toProblemError(error, request);
  if (error instanceof ProblemError) {
    request.log.info({ code: problem.code, status: problem.status }, 'request refused');
  } else if (problem.status < 500) {
    // Refused by the framework or the database rather than by our own rules: the reason shows which rule is missing.
    const reason = error instanceof Error ? error.message : String(error);
    request.log.info({ code: problem.code, status: problem.status, reason }, 'request refused');
  } else {
    request.log.error({ err: error }, 'request failed unexpectedly');
  }
  return sendProblem(request, reply, problem);
}
