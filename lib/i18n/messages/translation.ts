import { defineMessages } from './define'

/** The note on a Chinese or Japanese page whose content is partly in English or translated from older English text. */
export const translation = defineMessages(
  {
    label: 'About this translation',
    missing: 'Part of this page has not been translated yet and is shown in English.',
    outdated: 'The English original was updated after this page was translated; part of the translation is not yet updated.',
    englishVersion: 'English version',
  },
  {
    zh: {
      label: '关于译文',
      missing: '本页部分内容尚未翻译成中文，以英文显示。',
      outdated: '英文原文更新后，部分译文尚未更新。',
      englishVersion: 'English version',
    },
    ja: {
      label: '翻訳について',
      missing: 'このページの一部はまだ日本語に翻訳されていないため、英語で表示しています。',
      outdated: '英語の原文が更新された後、一部の翻訳はまだ更新されていません。',
      englishVersion: 'English version',
    },
  },
)
