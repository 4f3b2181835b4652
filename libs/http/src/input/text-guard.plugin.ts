import fp from 'fastify-plugin';
import type { FieldError } from '../problem/problem-details.schema.ts';
import { invalidFields } from '../problem/problem-factories.ts';
import { textProblem } from './forbidden-characters.ts';

function collect(value: unknown, path: string, errors: FieldError[]): void {
  if (typeof value === 'string') {
    const message = textProblem(value, { multiline: true });
    if (message !== undefined) errors.push({ field: path, message });
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) collect(item, `${path}.${index}`, errors);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const field = `${path}.${key}`;
      const message = textProblem(key, { multiline: false });
      if (message !== undefined) errors.push({ field, message });
      collect(item, field, errors);
    }
  }
}

/**
 * The floor under every route, declared fields or not: NUL, a lone surrogate or a control character (other than
 * tab and newline) anywhere in the path, query or body is a 400 naming the field before any handler or database
 * sees it. Postgres refuses NUL and lone surrogates in text, which would otherwise surface as a 500. Single-line
 * fields refuse tab and newline too, through their own schema (lineTextField).
 */
export const textGuardPlugin = fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      const errors: FieldError[] = [];
      collect(request.params, 'params', errors);
      collect(request.query, 'query', errors);
      collect(request.body, 'body', errors);
      if (errors.length > 0) throw invalidFields(errors);
    });
  },
  { name: 'calbridge-text-guard' },
);
