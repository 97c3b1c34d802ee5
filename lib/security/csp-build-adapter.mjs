/**
 * A Next.js build adapter (https://nextjs.org/docs/app/api-reference/adapters)
 * with one job: once `next build` has written the HTML, give every
 * prerendered page its own strict CSP (lib/security/stamp-prerendered-csp.ts),
 * allowing its inline scripts and the build's stylesheets, which Next inlines.
 *
 * Next loads adapters with a plain import(), so this shim is JavaScript and
 * hands over to the TypeScript module through tsx, which every build has (a
 * dev dependency). `next start` and `next dev` load this file as well but
 * never call onBuildComplete, so they never need tsx.
 *
 * A workaround: experimental.sri leaves Next's inline flight scripts unhashed
 * (https://github.com/vercel/next.js/issues/95354). Delete this file, its
 * adapterPath in next.config.ts and stamp-prerendered-csp.ts once a Next
 * release writes inline-script hashes into prerendered pages' headers itself
 * (proposed as experimental.inlineScriptHashes in vercel/next.js#98332).
 * See lib/security/README.md.
 */
import path from "node:path";

const adapter = {
  name: "prerendered-page-csp",
  async onBuildComplete({ outputs, distDir }) {
    const { tsImport } = await import("tsx/esm/api");
    const { stampPrerenderedPages } = await tsImport("./stamp-prerendered-csp.ts", import.meta.url);
    const { stylesheetHashes } = await tsImport("./inline-hashes.ts", import.meta.url);
    const styleHashes = stylesheetHashes(path.join(distDir, "static"));
    const stamped = new Set(await stampPrerenderedPages(path.join(distDir, "server"), styleHashes));

    // A page Next prerendered but this step missed would be served without a CSP: fail the build instead.
    const missed = outputs.prerenders
      .map((output) => output.fallback?.filePath)
      .filter((file) => file?.endsWith(".html") && !stamped.has(file));
    const has404 = [...stamped].some((file) => path.basename(file) === "_not-found.html");
    if (missed.length || !has404) {
      throw new Error(
        `No CSP written for ${has404 ? missed.join(", ") : "the 404 page"}: has Next's build output changed?`,
      );
    }
    console.info(
      `  Content-Security-Policy with script and stylesheet hashes written for ${stamped.size} prerendered pages`,
    );
  },
};

export default adapter;
