import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and WebAssembly modules stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'sharp'],
  experimental: {
    // Uploads of the media library (PDFs up to 30 MB) arrive as server action bodies.
    serverActions: { bodySizeLimit: '32mb' },
    proxyClientMaxBodySize: '32mb',
  },
}

export default nextConfig
