import { z } from 'zod';
import { multiLinePattern, singleLinePattern } from './forbidden-characters.ts';

const wellFormed = (value: string) => value.isWellFormed();
const loneSurrogate = { message: 'Must not contain a lone UTF-16 surrogate' };

/** One line of text (a name, a reference): trimmed, no control characters at all. */
export function lineTextField(maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength)
    .regex(singleLinePattern, { message: 'Must not contain control characters' })
    .refine(wellFormed, loneSurrogate);
}

/** Free text such as `notes`: tab and newline allowed, every other control character refused (spec §4). */
export function freeTextField(maxLength: number) {
  return z
    .string()
    .max(maxLength)
    .regex(multiLinePattern, { message: 'Must not contain control characters other than tab and newline' })
    .refine(wellFormed, loneSurrogate);
}
