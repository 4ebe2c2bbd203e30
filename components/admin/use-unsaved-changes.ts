'use client'

import { type RefObject, useCallback, useEffect, useRef } from 'react'

const QUESTION = 'You have unsaved changes. Leave this page and lose them?'

/**
 * Warns before leaving a form with unsaved changes: on closing or reloading
 * the tab (the browser's own dialog) and on following a link inside the app
 * (a confirm dialog). Submitting the form clears the warning.
 */
export function useUnsavedChangesWarning(formRef: RefObject<HTMLFormElement | null>) {
  const dirty = useRef(false)

  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const markDirty = () => {
      dirty.current = true
    }
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return
      event.preventDefault()
      event.returnValue = ''
    }
    const onClick = (event: MouseEvent) => {
      if (!dirty.current || event.defaultPrevented || event.button !== 0) return
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!link || link.getAttribute('target') === '_blank' || form.contains(link) && link.getAttribute('href')?.startsWith('#')) return
      if (!window.confirm(QUESTION)) {
        event.preventDefault()
        event.stopPropagation()
      } else {
        dirty.current = false
      }
    }
    form.addEventListener('input', markDirty)
    form.addEventListener('change', markDirty)
    window.addEventListener('beforeunload', beforeUnload)
    document.addEventListener('click', onClick, true)
    return () => {
      form.removeEventListener('input', markDirty)
      form.removeEventListener('change', markDirty)
      window.removeEventListener('beforeunload', beforeUnload)
      document.removeEventListener('click', onClick, true)
    }
  }, [formRef])

  const markSaved = useCallback(() => {
    dirty.current = false
  }, [])

  const markDirty = useCallback(() => {
    dirty.current = true
  }, [])

  return { markSaved, markDirty }
}
