import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The workspace's shared package ships TypeScript sources.
  transpilePackages: ['@mahjar/shared'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
