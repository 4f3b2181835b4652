import type { Duplex } from 'node:stream';
import { problemBody } from './problem-body.ts';
import { ProblemError } from './problem-error.ts';

function clientProblem(code: string | undefined): ProblemError {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new ProblemError(408, 'request_timeout', 'Request Timeout', 'The request took too long to arrive.');
  }
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new ProblemError(431, 'headers_too_large', 'Request Header Fields Too Large', 'The headers are too large.');
  }
  return new ProblemError(400, 'malformed_request', 'Bad Request', 'The HTTP request could not be parsed.');
}

// Requests too broken for Fastify to parse never reach the error handler; answer them as problem+json too.
export function handleClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = clientProblem(error.code);
  const body = JSON.stringify(problemBody(problem));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
