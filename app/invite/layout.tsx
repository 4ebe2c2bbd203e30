import { HtmlDocument } from '@/components/site/html-document'

// The staff pages are in English only.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <HtmlDocument lang="en">{children}</HtmlDocument>
}
