import { notFound } from 'next/navigation'

// Any address under a language that no page answers: the language's own
// not-found page, with its header and footer, instead of the bare one.
export default function UnknownPage(): never {
  notFound()
}
