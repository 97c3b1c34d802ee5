import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/csp";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  experimental: {
    serverActions: {
      // The callback form is a few kilobytes at most; refuse anything bigger
      // before it is parsed. lib/callback/schema.ts caps each field.
      bodySizeLimit: "32kb",
    },
  },
};

// Plugin options must be serializable under Turbopack, so plugins are named by string.
const withMDX = createMDX({ options: { remarkPlugins: [], rehypePlugins: [] } });

export default withMDX(nextConfig);
