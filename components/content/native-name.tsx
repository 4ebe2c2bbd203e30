/**
 * An organization's name in its own language and script, with its
 * romanization where the script is not Latin: "中国地质调查局 · Zhōngguó Dìzhì
 * Diàochájú". Each part carries its language (`zh-Hans`, `zh-Latn`), so
 * screen readers pronounce it and browsers pick the right font. Nothing is
 * shown when there is no native name or the page already shows the name in
 * that form (a Chinese page of a Chinese institution).
 */
export function NativeName({
  nativeName,
  nativeNameLang,
  romanizedName,
  shownName,
}: {
  nativeName: string | null
  nativeNameLang: string | null
  romanizedName: string | null
  /** The name the page shows as its title. */
  shownName: string
}) {
  if (!nativeName || !nativeNameLang) return null
  const showNative = nativeName !== shownName
  const romanization = romanizedName && romanizedName !== shownName ? romanizedName : null
  if (!showNative && !romanization) return null
  const language = nativeNameLang.split('-')[0]
  return (
    <p className="mt-2 text-lg text-ink-muted">
      {showNative ? <span lang={nativeNameLang}>{nativeName}</span> : null}
      {showNative && romanization ? <span aria-hidden="true"> · </span> : null}
      {romanization ? (
        <span lang={`${language}-Latn`} className="italic">
          {romanization}
        </span>
      ) : null}
    </p>
  )
}
