export const languages = ['en', 'pl', 'de'] as const;
export type Language = (typeof languages)[number];

/** A booking's language (`pl`, `pl-PL`, `DE`…) as one calbridge writes in; English when none is given or known. */
export function languageOf(tag: string | null | undefined): Language {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return languages.find((language) => language === base) ?? 'en';
}
