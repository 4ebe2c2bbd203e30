import path from 'node:path'
import type { NextConfig } from 'next'
import { defaultLocaleRedirects, defaultLocaleRewrites } from './lib/i18n/locales'
import { listQueryRewrites } from './lib/list-routes'
import { securityHeaderRules } from './lib/security-headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Public pages are prerendered and their data reads cached with 'use cache'
  // (lib/data), tagged per page (lib/cache-tags.ts); the editorial core
  // expires the tags of every page a change affects.
  cacheComponents: true,
  // Off, so that the first request for a detail page not prerendered at build
  // time waits for its render (and an unknown slug answers with status 404)
  // instead of receiving a shell with status 200 first.
  partialPrefetching: false,
  // The unfiltered first page of each list is prerendered; a request with
  // list parameters goes to the list's per-request route (lib/list-routes.ts).
  // Security headers on every response, error pages included (lib/security-headers.ts).
  // Their policy allows inline scripts; page answers get a stricter one as
  // well: prerendered pages the hashes of their own inline scripts (from
  // `cacheHandler` below), pages rendered per request a nonce (proxy.ts).
  async headers() {
    return securityHeaderRules(process.env.NODE_ENV === 'development')
  },
  // Public pages live under app/(public)/[locale]; English keeps the plain
  // paths (lib/i18n/locales.ts). A list request with parameters is rewritten
  // first, so it reaches the per-request route in its language.
  async rewrites() {
    return { beforeFiles: [...listQueryRewrites(), ...defaultLocaleRewrites()], afterFiles: [], fallback: [] }
  },
  async redirects() {
    return defaultLocaleRedirects()
  },
  // Next.js's own cache for prerendered pages, which adds to every complete
  // page it stores a policy allowing only that page's inline scripts, by hash
  // (lib/prerendered-page-cache.mjs). An absolute path: Next.js resolves a
  // relative one against different folders at build and at run time. The
  // project folder is the working directory, as Next.js itself assumes.
  cacheHandler: path.join(process.cwd(), 'lib', 'prerendered-page-cache.mjs'),
  // Native and WebAssembly modules stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'sharp'],
  experimental: {
    // app/global-not-found.tsx answers addresses no route matches. The app
    // has one root layout per area (each renders its own <html>), and a root
    // not-found page would travel in every page's payload.
    globalNotFound: true,
    // Uploads of the media library (PDFs up to 30 MB) arrive as server action
    // bodies. Next.js has one limit for every action (no per-route setting),
    // so all actions accept 32 MB; an action body over it is refused before
    // the action runs (Next.js answers 500). Every form's fields have their own
    // maximum lengths (lib/validation), and route handlers, which this limit
    // does not cover, limit what they read themselves (lib/http/body-limit.ts).
    serverActions: { bodySizeLimit: '32mb' },
    // proxy.ts runs for staff pages, and a form posted without JavaScript (an
    // upload included) reaches it without the Next-Action header; Next.js
    // buffers such a body for the proxy up to this size and silently cuts it
    // beyond, so it matches the action limit.
    proxyClientMaxBodySize: '32mb',
    // The open-data handlers catch every error to answer in the API's JSON
    // shape, so reading the request during the build's prerendering (which
    // is how Next.js learns they are answered per request) would otherwise
    // be logged as a failed request.
    hideLogsAfterAbort: true,
  },
}

export default nextConfig
