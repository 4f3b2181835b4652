import fp from 'fastify-plugin';
import { ProblemError } from '../problem/problem-error.ts';
import { sendProblem } from '../problem/send-problem.ts';

interface KnownRoute {
  pattern: RegExp;
  methods: string[];
}

// `:name` matches one path segment and `*` the rest, as in Fastify's router; everything else is literal.
function patternOf(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z0-9_]+|\*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * No route for this method and path: `405` with `Allow` when the path exists under other methods (RFC 9110
 * section 15.5.6), otherwise `404 not_found`. Both as problem+json.
 */
export const unmatchedRoutePlugin = fp(
  async (app) => {
    const routes = new Map<string, KnownRoute>();
    app.addHook('onRoute', (route) => {
      const known = routes.get(route.url) ?? { pattern: patternOf(route.url), methods: [] };
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      known.methods.push(...methods.map((method) => method.toUpperCase()));
      routes.set(route.url, known);
    });
    app.setNotFoundHandler((request, reply) => {
      const [path = '/'] = request.url.split('?', 1);
      const allowed = new Set<string>();
      for (const known of routes.values()) {
        if (known.pattern.test(path)) for (const method of known.methods) allowed.add(method);
      }
      if (allowed.has('GET')) allowed.add('HEAD');
      if (allowed.size === 0) {
        const detail = `No route matches ${request.method} ${path}.`;
        return sendProblem(request, reply, new ProblemError(404, 'not_found', 'Not Found', detail));
      }
      const allow = [...allowed].sort().join(', ');
      const detail = `${request.method} is not allowed on ${path}; use ${allow}.`;
      const problem = new ProblemError(405, 'method_not_allowed', 'Method Not Allowed', detail, {
        headers: { allow },
      });
      return sendProblem(request, reply, problem);
    });
  },
  { name: 'calbridge-unmatched-route' },
);
