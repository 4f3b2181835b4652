import { connect } from 'node:net';
import { describe, expect, test } from '@jest/globals';
import { buildTestApp } from './support/test-app.ts';

function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += String(chunk);
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('requests HTTP itself cannot parse', () => {
  test('when the request line is garbage, then the socket answers 400 problem+json', async () => {
    const { app } = await buildTestApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const answer = await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n');
    await app.close();
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(head).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(body)).toMatchObject({ status: 400, code: 'malformed_request' });
  });
});
