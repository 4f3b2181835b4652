import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

/**
 * Colour only for a terminal, unless the reader says otherwise: NO_COLOR (https://no-color.org) turns it off and
 * FORCE_COLOR (other than `0`) on, e.g. for `make logs | less -R`.
 */
export function colourWanted(env: NodeJS.ProcessEnv, stream: NodeJS.WriteStream): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true && stream.hasColors();
}

/** Paints text when colour is wanted, leaves it as it is otherwise. */
export const painter =
  (colour: boolean) =>
  (style: Style, text: string): string =>
    colour ? styleText(style, text, { validateStream: false }) : text;

export type Paint = ReturnType<typeof painter>;
