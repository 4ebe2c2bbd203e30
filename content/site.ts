export type NavItem = {
  title: string
  href: string
}

export type NavGroup = {
  title: string
  items: NavItem[]
}

export type SiteConfig = {
  name: string
  description: string
  office: {
    name: string
    addressLines: string[]
    email: string
  }
  mainNav: NavItem[]
  footerNav: NavGroup[]
}

export const siteConfig: SiteConfig = {
  name: 'GeoCoop',
  description:
    'International cooperation of the national geological survey: partners, projects, agreements, events and training.',
  office: {
    name: 'International Cooperation Office',
    addressLines: ['National Geological Survey'],
    email: 'cooperation@geocoop.example',
  },
  mainNav: [
    { title: 'News', href: '/news' },
    { title: 'Projects', href: '/projects' },
    { title: 'Partners', href: '/organizations' },
    { title: 'MOUs', href: '/mous' },
    { title: 'Conferences', href: '/conferences' },
    { title: 'Trainings', href: '/trainings' },
    { title: 'Countries', href: '/countries' },
  ],
  footerNav: [
    {
      title: 'Cooperation',
      items: [
        { title: 'Partners', href: '/organizations' },
        { title: 'Projects', href: '/projects' },
        { title: 'Memoranda of understanding', href: '/mous' },
        { title: 'Countries', href: '/countries' },
        { title: 'Open data', href: '/data' },
      ],
    },
    {
      title: 'Events and training',
      items: [
        { title: 'Conferences', href: '/conferences' },
        { title: 'Trainings', href: '/trainings' },
        { title: 'News', href: '/news' },
      ],
    },
    {
      title: 'About this site',
      items: [
        { title: 'About us', href: '/about' },
        { title: 'Staff sign-in', href: '/login' },
      ],
    },
  ],
}
