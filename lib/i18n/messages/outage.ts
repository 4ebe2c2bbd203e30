import { defineMessages } from './define'

/**
 * The page answered with status 503 while the database cannot be reached
 * (lib/outage-page.ts). It is plain text inserted into a self-contained page,
 * so no message takes ICU arguments.
 */
export const outage = defineMessages(
  {
    title: 'Temporarily unavailable',
    heading: 'This page is temporarily unavailable',
    body: 'We cannot show this page right now because of a technical problem on our side. Please try again in a few minutes.',
    stillAvailable: 'Most of the site is still available.',
    home: 'Go to the home page',
  },
  {
    zh: {
      title: '暂时无法访问',
      heading: '此页面暂时无法访问',
      body: '由于我方技术问题，目前无法显示此页面。请几分钟后再试。',
      stillAvailable: '网站的大部分内容仍可正常访问。',
      home: '前往首页',
    },
    ja: {
      title: '一時的にご利用いただけません',
      heading: 'このページは一時的にご利用いただけません',
      body: '当方の技術的な問題により、現在このページを表示できません。数分後にもう一度お試しください。',
      stillAvailable: 'サイトのほとんどのページは引き続きご覧いただけます。',
      home: 'ホームページへ',
    },
  },
)
