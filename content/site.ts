export type NavItem = {
  title: string
  href: string
}

export type SiteConfig = {
  name: string
  description: string
  office: {
    name: string
    addressLines: string[]
    email: string
  }
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
}
