import localFont from 'next/font/local'
import '@/app/globals.css'

// Inter is self-hosted from @fontsource-variable so builds work without network
// access. Two subsets share one family name and split by unicode-range, as
// Fontsource does, so accented partner names ("Państwowy", "Geološki") stay in
// Inter while pages that only use basic Latin download a single file. The
// family is named after the `inter` constant because next/font builds the
// --font-inter value from that name.
const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  variable: '--font-inter',
  declarations: [
    { prop: 'font-family', value: 'inter' },
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
})

const interLatinExtended = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  preload: false,
  variable: '--font-inter-latin-ext',
  declarations: [
    { prop: 'font-family', value: 'inter' },
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    },
  ],
})

/**
 * The `<html>` and `<body>` of every page. The app has one root layout per
 * area instead of a shared one, because the public site's `lang` comes from
 * its [locale] segment: app/(public)/[locale]/layout.tsx, the admin, the
 * sign-in and invitation pages and the not-found page each render this.
 */
export function HtmlDocument({ lang, children }: { lang: string; children: React.ReactNode }) {
  return (
    <html lang={lang} className={`${inter.variable} ${interLatinExtended.variable}`}>
      <body className="min-h-dvh">{children}</body>
    </html>
  )
}
