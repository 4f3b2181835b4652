// C0 and C1 control characters and DEL (Unicode Cc), written as explicit \u ranges rather than \p{Cc}: OpenAPI
// tooling (code generators, validators outside JavaScript) cannot compile Unicode property escapes. Free text keeps
// tab (\u0009) and newline (\u000A), spec §4.
const allControls = String.raw`\u0000-\u001F\u007F-\u009F`;
const controlsButTabAndNewline = String.raw`\u0000-\u0008\u000B-\u001F\u007F-\u009F`;

export const singleLinePattern = new RegExp(`^[^${allControls}]*$`);
export const multiLinePattern = new RegExp(`^[^${controlsButTabAndNewline}]*$`);

/**
 * Why `value` is not acceptable text, or undefined when it is. A lone UTF-16 surrogate cannot be stored as UTF-8
 * (Postgres refuses it, or it is silently mangled on the way), and NUL is refused by Postgres text columns.
 */
export function textProblem(value: string, options: { multiline: boolean }): string | undefined {
  if (!value.isWellFormed()) return 'Must not contain a lone UTF-16 surrogate';
  if (options.multiline && !multiLinePattern.test(value)) {
    return 'Must not contain control characters other than tab and newline';
  }
  if (!options.multiline && !singleLinePattern.test(value)) return 'Must not contain control characters';
  return undefined;
}
