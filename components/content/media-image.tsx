import { STANDARD_WIDTHS, mediaUrl, parseVariantUrl, variantFile } from '@/lib/media/files'

export type MediaImageProps = {
  src: string
  alt: string
  /** How wide the image is shown, as in the `sizes` attribute, e.g. "(min-width: 768px) 50vw, 100vw". */
  sizes?: string
  className?: string
  /** The image's own dimensions, when known; they reserve its space before it loads. */
  width?: number | null
  height?: number | null
  /**
   * The widths stored for a media library image. Without them the standard
   * widths up to the one in `src` are offered, which every stored image that
   * has a copy of that width also has.
   */
  variants?: readonly number[]
  /** Loads at once and early: for the one large image at the top of a page. */
  priority?: boolean
}

function srcSetWidths(srcWidth: number, variants: readonly number[] | undefined): number[] {
  const known = variants && variants.length > 0 ? variants : [...STANDARD_WIDTHS.filter((w) => w < srcWidth), srcWidth]
  return [...new Set(known)].sort((a, b) => a - b)
}

/**
 * An image that lets the browser choose the right size: for a media library
 * address (`/media/<key>/w<N>.webp`) it offers every resized copy in `srcset`;
 * any other address (e.g. a logo on a partner's site) is shown as it is.
 */
export function MediaImage({ src, alt, sizes = '100vw', className, width, height, variants, priority = false }: MediaImageProps) {
  const loading = priority ? 'eager' : 'lazy'
  const fetchPriority = priority ? 'high' : undefined
  const parsed = parseVariantUrl(src)

  if (!parsed) {
    return (
      // Addresses outside the media library may be on partner sites; a plain
      // img avoids an image-domain allow-list.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={src}
        alt={alt}
        width={width ?? undefined}
        height={height ?? undefined}
        loading={loading}
        fetchPriority={fetchPriority}
        decoding="async"
        className={className}
      />
    )
  }

  const srcSet = srcSetWidths(parsed.width, variants)
    .map((w) => `${mediaUrl(parsed.key, variantFile(w))} ${w}w`)
    .join(', ')
  // The attributes describe the copy in `src`, scaled from the original's
  // proportions, so the browser can reserve the right space.
  const shownHeight = width && height ? Math.round((height * parsed.width) / width) : undefined

  return (
    // The library already stores resized WebP copies; next/image would resize them again.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      alt={alt}
      width={shownHeight ? parsed.width : undefined}
      height={shownHeight}
      loading={loading}
      fetchPriority={fetchPriority}
      decoding="async"
      className={className}
    />
  )
}
