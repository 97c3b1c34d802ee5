import createMDX from "@next/mdx";
import type { NextConfig } from "next";
import path from "node:path";
import { securityHeaders } from "./lib/security/csp";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // After the build, writes each prerendered page's CSP (hashes of its inline scripts) next to its HTML.
  adapterPath: path.join(process.cwd(), "lib/security/csp-build-adapter.mjs"),
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Dev logs every server function call with its arguments; the callback form's state holds what a person typed.
  logging: { serverFunctions: false },
  experimental: {
    serverActions: {
      // The callback form is the only action. Every field at its limit in 3-byte
      // characters posts about 7 kB; with JavaScript, React also sends back the
      // previous state (what was typed), so the largest honest post is about
      // 15 kB. 24 kB leaves room for a pasted message well over its limit to get
      // the schema's "must be 1,500 characters or fewer" instead of an error.
      bodySizeLimit: "24kb",
    },
  },
};

// Plugin options must be serializable under Turbopack, so plugins are named by string.
const withMDX = createMDX({ options: { remarkPlugins: [], rehypePlugins: [] } });

export default withMDX(nextConfig);
