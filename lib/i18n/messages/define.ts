/** A namespace's messages: ICU message strings, possibly grouped. */
export type MessageTree = { readonly [key: string]: string | MessageTree }

/** The same keys as the English messages, each a string: what a translation must provide. */
export type TranslationOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]> }

/**
 * One namespace of the interface's text in every language. English is the
 * source and keeps its literal types, so translators are checked against the
 * ICU arguments of each message; the type checker refuses a Chinese or
 * Japanese table that misses a key or has one too many.
 */
export function defineMessages<const E extends MessageTree>(
  en: E,
  translations: { zh: TranslationOf<E>; ja: TranslationOf<E> },
): { en: E; zh: TranslationOf<E>; ja: TranslationOf<E> } {
  return { en, ...translations }
}
