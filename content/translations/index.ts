import type { LocaleTranslations, TranslationLocale } from '../types'
import { ja } from './ja'
import { zh } from './zh'

/** The translations of the demo content, by language. */
export const translations: Record<TranslationLocale, LocaleTranslations> = { zh, ja }
