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
  // Sections appear here as their public pages exist.
  mainNav: [
    { title: 'Home', href: '/' },
    { title: 'News', href: '/news' },
  ],
  footerNav: [
    {
      title: 'Read',
      items: [
        { title: 'Latest news', href: '/news' },
      ],
    },
    {
      title: 'Staff',
      items: [
        { title: 'Sign in', href: '/login' },
      ],
    },
  ],
}
