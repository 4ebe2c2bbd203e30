import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/site/page-header'
import { siteConfig } from '@/content/site'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata(props: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const t = getTranslator(locale, 'about')
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('description', { office: getTranslator(locale, 'site')('officeName') }),
    path: '/about',
  })
}

// Fixed text with no data: the page is prerendered at build time. `npm run
// bench` also uses it as the reference for how fast the server answers a page
// it does not have to render.

const sections = [
  { href: '/organizations', key: 'organizations' },
  { href: '/projects', key: 'projects' },
  { href: '/mous', key: 'mous' },
  { href: '/conferences', key: 'conferences' },
  { href: '/trainings', key: 'trainings' },
  { href: '/news', key: 'news' },
  { href: '/data', key: 'data' },
] as const

const linkClass = 'font-semibold text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current'

export default async function AboutPage(props: PageProps<'/[locale]/about'>) {
  const locale = await localeParam(props.params)
  const t = getTranslator(locale, 'about')
  const site = getTranslator(locale, 'site')
  const { office } = siteConfig
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('lead', { office: site('officeName'), survey: site('surveyName') })}
        breadcrumbs={[
          homeCrumb(locale),
          { label: t('title') },
        ]}
        locale={locale}
      />
      <div className="max-w-3xl space-y-10 text-lg leading-relaxed text-ink">
        <section aria-labelledby="what-we-do">
          <h2 id="what-we-do" className="text-2xl font-bold tracking-tight text-primary-950">
            {t('whatWeDo.heading')}
          </h2>
          <p className="mt-4">{t('whatWeDo.body')}</p>
        </section>
        <section aria-labelledby="on-this-site">
          <h2 id="on-this-site" className="text-2xl font-bold tracking-tight text-primary-950">
            {t('onThisSite.heading')}
          </h2>
          <ul className="mt-4 space-y-3">
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={localePath(locale, s.href)} className={linkClass}>
                  {t(`onThisSite.${s.key}.title`)}
                </Link>
                {t('onThisSite.separator')}
                {t(`onThisSite.${s.key}.text`)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="contact">
          <h2 id="contact" className="text-2xl font-bold tracking-tight text-primary-950">
            {t('contact.heading')}
          </h2>
          <p className="mt-4">
            {t.rich('contact.body', {
              email: () => (
                <a href={`mailto:${office.email}`} className={linkClass}>
                  {office.email}
                </a>
              ),
            })}
          </p>
        </section>
      </div>
    </>
  )
}
