import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and WebAssembly modules stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg'],
}

export default nextConfig
