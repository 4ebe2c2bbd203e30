import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/site/page-header'
import { siteConfig } from '@/content/site'
import { localeParam } from '@/lib/i18n/params'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata(props: PageProps<'/[locale]/about'>): Promise<Metadata> {
  return pageMetadata({
    locale: await localeParam(props.params),
    title: 'About',
    description: `What the ${siteConfig.office.name} does and what you find on this site.`,
    path: '/about',
  })
}

// Fixed text with no data: the page is prerendered at build time. `npm run
// bench` also uses it as the reference for how fast the server answers a page
// it does not have to render.

const sections = [
  { href: '/organizations', title: 'Partners', text: 'geological surveys, universities, ministries and international bodies we work with.' },
  { href: '/projects', title: 'Projects', text: 'joint mapping, research and capacity-building projects, current and completed.' },
  { href: '/mous', title: 'Memoranda of understanding', text: 'the agreements behind our cooperation, with their terms and status.' },
  { href: '/conferences', title: 'Conferences', text: 'meetings we organized, hosted or sponsored.' },
  { href: '/trainings', title: 'Trainings', text: 'courses and workshops, and the countries their participants came from.' },
  { href: '/news', title: 'News', text: 'agreements signed, projects launched and events held.' },
  { href: '/data', title: 'Open data', text: 'everything above as a JSON API and CSV downloads.' },
] as const

const linkClass = 'font-semibold text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current'

export default function AboutPage() {
  const { office } = siteConfig
  return (
    <>
      <PageHeader
        title="About"
        lead={`The ${office.name} of the ${office.addressLines[0] ?? siteConfig.name} builds partnerships in the geosciences with institutions around the world.`}
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'About' }]}
      />
      <div className="max-w-3xl space-y-10 text-lg leading-relaxed text-ink">
        <section aria-labelledby="what-we-do">
          <h2 id="what-we-do" className="text-2xl font-bold tracking-tight text-primary-950">
            What we do
          </h2>
          <p className="mt-4">
            We prepare and follow up the survey’s agreements with partner institutions, coordinate joint projects,
            organize conferences and run trainings for geoscientists from partner countries.
          </p>
        </section>
        <section aria-labelledby="on-this-site">
          <h2 id="on-this-site" className="text-2xl font-bold tracking-tight text-primary-950">
            On this site
          </h2>
          <ul className="mt-4 space-y-3">
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href} className={linkClass}>
                  {s.title}
                </Link>
                : {s.text}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="contact">
          <h2 id="contact" className="text-2xl font-bold tracking-tight text-primary-950">
            Contact
          </h2>
          <p className="mt-4">
            Write to us at{' '}
            <a href={`mailto:${office.email}`} className={linkClass}>
              {office.email}
            </a>
            .
          </p>
        </section>
      </div>
    </>
  )
}
