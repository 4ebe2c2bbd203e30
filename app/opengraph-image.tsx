import { ImageResponse } from 'next/og'
import { siteConfig } from '@/content/site'
import { OG_IMAGE_ALT, OG_IMAGE_SIZE } from '@/lib/seo'

// The share image of every page without one of its own. It is drawn once at
// build time with the font bundled in next/og, so no network is needed.
export const alt = OG_IMAGE_ALT
export const size = OG_IMAGE_SIZE
export const contentType = 'image/png'

export default function OpengraphImage() {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        backgroundColor: '#163b3f',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <div style={{ display: 'flex', width: 72, height: 72, borderRadius: 16, backgroundColor: '#d6a04a' }} />
        <div style={{ display: 'flex', fontSize: 56, fontWeight: 700, letterSpacing: -1 }}>{siteConfig.name}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <div style={{ display: 'flex', fontSize: 64, lineHeight: 1.1, maxWidth: 960 }}>
          Geoscience cooperation across borders
        </div>
        <div style={{ display: 'flex', fontSize: 30, lineHeight: 1.4, color: '#b3d9da', maxWidth: 980 }}>
          {siteConfig.description}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: 26, color: '#d9ecec' }}>{siteConfig.office.name}</div>
    </div>,
    size,
  )
}
