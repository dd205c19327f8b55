import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Contentlayer's Next plugin only hooks webpack; content is built by `contentlayer2 build` first.
  turbopack: {},
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
