/** Thrown by `loadConfig` when the environment does not satisfy the schema; names every bad variable at once. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** One entry per variable, e.g. `PORT: expected a number between 1 and 65535, got "abc"`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(['invalid configuration:', ...problems].join('\n'));
    this.problems = problems;
  }
}
