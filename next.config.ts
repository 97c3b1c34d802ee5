import createMDX from "@next/mdx";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Dev logs every server function call with its arguments; the callback form's state holds what a person typed.
  logging: { serverFunctions: false },
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
