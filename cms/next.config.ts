import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The workspace's shared package ships TypeScript sources.
  transpilePackages: ['@mahjar/shared'],
  // Types are checked by `pnpm typecheck` (its own turbo task); the build does not repeat it
  // (≈ 60 s and a second TypeScript program in memory on a 2-core machine).
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
