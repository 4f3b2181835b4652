import Fastify from 'fastify';

// The webhook's baseline: Fastify with nothing of ours, one POST route answering 200 with an empty body, reading
// Google's `application/json; utf-8` empty body the way the webhook does (never parsed).
const app = Fastify({ logger: false });
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1024 }, (_request, _body, done) => done(null));
app.post('/webhooks/google', async (_request, reply) => reply.code(200).send());
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`bare fastify listening on ${url}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
