import type { ProblemDetails } from './problem-details.schema.ts';
import type { ProblemError } from './problem-error.ts';

const problemTypeBase = 'urn:calbridge:problem:';

export function problemBody(problem: ProblemError, instance?: string): ProblemDetails {
  return {
    ...problem.members,
    type: `${problemTypeBase}${problem.code}`,
    title: problem.title,
    status: problem.status,
    code: problem.code,
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    ...(instance === undefined ? {} : { instance }),
    ...(problem.errors === undefined ? {} : { errors: problem.errors }),
  };
}
