import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/content/json-ld'
import { MediaImage } from '@/components/content/media-image'
import { NewsCard } from '@/components/content/news-card'
import {
  OrganizationFacts,
  OrganizationMouList,
  OrganizationProjectList,
  OrganizationSection,
  OrganizationTrainingList,
} from '@/components/content/organization-details'
import { RichText } from '@/components/content/rich-text'
import { TranslationNote } from '@/components/content/translation-note'
import { NativeName } from '@/components/content/native-name'
import { PageHeader } from '@/components/site/page-header'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { getPublishedOrganizationBySlug, listPublishedOrganizationSlugs } from '@/lib/data/organizations'
import { organizationJsonLd } from '@/lib/json-ld'
import { LANGUAGE_TAGS, localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
import { pageMetadata } from '@/lib/seo'
import { countryName } from '@/lib/utils'
import { slugParams } from '../../_lib/static-params'

// Every published partner is prerendered at build time and any other slug on
// its first request; the cached page is refreshed when the editorial core
// expires its tag (lib/cache-tags.ts). The slug is read outside any Suspense
// boundary so that an unknown slug still answers with status 404.
export async function generateStaticParams() {
  return slugParams(await listPublishedOrganizationSlugs())
}

// The first paragraph of the description, cut at a word to fit a search result snippet.
function metaDescription(description: string): string | undefined {
  const first = description.trim().split(/\n\s*\n/)[0] ?? ''
  if (first.length <= 200) return first || undefined
  return `${first.slice(0, 197).replace(/\s+\S*$/, '')}…`
}

export async function generateMetadata(props: PageProps<'/[locale]/organizations/[slug]'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const organization = await getPublishedOrganizationBySlug(slug, locale)
  const t = getTranslator(locale, 'detail')
  if (!organization) return { title: t('notFound.organization') }
  return pageMetadata({
    locale,
    title: organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name,
    description:
      metaDescription(organization.description) ??
      t('meta.organization', {
        name: organization.name,
        country: countryName(organization.country, LANGUAGE_TAGS[locale]),
      }),
    path: `/organizations/${organization.slug}`,
  })
}

export default async function OrganizationPage(props: PageProps<'/[locale]/organizations/[slug]'>) {
  const locale = await localeParam(props.params)
  const { slug } = await props.params
  const organization = await getPublishedOrganizationBySlug(slug, locale)
  if (!organization) notFound()
  const t = getTranslator(locale, 'detail')
  const site = getTranslator(locale, 'site')

  return (
    <article>
      <JsonLd data={organizationJsonLd(organization, locale)} />
      <PageHeader
        title={
          <>
            {organization.name}
            {organization.acronym ? (
              <span className="font-semibold text-ink-muted"> ({organization.acronym})</span>
            ) : null}
          </>
        }
        breadcrumbs={[
          homeCrumb(locale),
          { label: site('nav.partners'), href: localePath(locale, '/organizations') },
          { label: organization.acronym ?? organization.name },
        ]}
        locale={locale}
      >
        <NativeName
          nativeName={organization.nativeName}
          nativeNameLang={organization.nativeNameLang}
          romanizedName={organization.romanizedName}
          shownName={organization.name}
        />
      </PageHeader>
      <TranslationNote
        locale={locale}
        missing={organization.translation.missing}
        outdated={organization.translation.outdated}
        englishHref={`/organizations/${organization.slug}`}
      />
      <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
        {organization.logoUrl ? (
          <MediaImage
            src={organization.logoUrl}
            alt={organization.name}
            sizes="12rem"
            priority
            className="h-24 w-auto max-w-48 shrink-0 self-start rounded-md border border-line bg-white object-contain p-2"
          />
        ) : null}
        <OrganizationFacts organization={organization} locale={locale} className="min-w-0 grow" />
      </div>
      {organization.description.trim() ? (
        <div className="mt-8 max-w-3xl">
          <RichText text={organization.description} />
        </div>
      ) : null}

      {organization.mous.length > 0 ? (
        <OrganizationSection id="mous" title={t('organization.sections.mous')}>
          <OrganizationMouList mous={organization.mous} locale={locale} />
        </OrganizationSection>
      ) : null}
      {organization.projects.length > 0 ? (
        <OrganizationSection id="projects" title={t('organization.sections.projects')}>
          <OrganizationProjectList projects={organization.projects} locale={locale} />
        </OrganizationSection>
      ) : null}
      {organization.trainings.length > 0 ? (
        <OrganizationSection id="trainings" title={t('organization.sections.trainings')}>
          <OrganizationTrainingList trainings={organization.trainings} locale={locale} />
        </OrganizationSection>
      ) : null}
      {organization.newsArticles.length > 0 ? (
        <OrganizationSection id="news" title={t('organization.sections.news')}>
          <ul className="grid gap-6 md:grid-cols-2">
            {organization.newsArticles.map((article) => (
              <li key={article.id} className="flex">
                <NewsCard article={article} headingLevel={3} locale={locale} />
              </li>
            ))}
          </ul>
        </OrganizationSection>
      ) : null}
    </article>
  )
}
