/**
 * The yardstick: a bare App Router page (one heading, one paragraph, no CSS
 * framework) built from the exact next/react/react-dom the project has
 * installed. Every size and speed is reported as a difference from it, so a
 * framework upgrade moves both sides and only what the project adds shows.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BASELINE_DIR, PROJECT_DIR, WORK_DIR } from "./config.mjs";
import { installedVersion, runLogged } from "./util.mjs";

const PINNED = ["next", "react", "react-dom"];
const TOOLING = ["typescript", "@types/react", "@types/react-dom", "@types/node"];

function sources() {
  return {
    "app/layout.tsx": `import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: "Baseline",
  description: "A bare Next.js App Router page that the project's pages are measured against.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    "app/page.tsx": `export default function Page() {
  return (
    <main>
      <h1>Baseline page</h1>
      <p>A heading and a paragraph, served by the same Next.js and React versions as the project.</p>
    </main>
  );
}
`,
    // Turbopack would otherwise walk up to the project's lockfile and treat the
    // project as the workspace root. Type checking is skipped: it changes no output.
    "next.config.mjs": `/** @type {import("next").NextConfig} */
export default {
  poweredByHeader: false,
  turbopack: { root: import.meta.dirname },
  typescript: { ignoreBuildErrors: true },
};
`,
    "tsconfig.json": `${JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          lib: ["dom", "dom.iterable", "esnext"],
          allowJs: true,
          incremental: true,
          esModuleInterop: true,
          resolveJsonModule: true,
          strict: true,
          noEmit: true,
          module: "esnext",
          moduleResolution: "bundler",
          jsx: "react-jsx",
          isolatedModules: true,
          skipLibCheck: true,
          plugins: [{ name: "next" }],
        },
        include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts", ".next/dev/types/**/*.ts"],
        exclude: ["node_modules"],
      },
      null,
      2,
    )}\n`,
  };
}

export function projectVersions() {
  return Object.fromEntries(PINNED.map((name) => [name, installedVersion(PROJECT_DIR, name)]));
}

function packageJson(versions) {
  const tooling = Object.fromEntries(
    TOOLING.filter((n) => existsSync(path.join(PROJECT_DIR, "node_modules", n))).map((n) => [
      n,
      installedVersion(PROJECT_DIR, n),
    ]),
  );
  return `${JSON.stringify({ name: "bench-baseline", private: true, dependencies: versions, devDependencies: tooling }, null, 2)}\n`;
}

function stampOf(versions, files) {
  const hash = createHash("sha256").update(JSON.stringify({ versions, files })).digest("hex");
  return { versions, hash };
}

/**
 * Hard links the project's node_modules (seconds, no network, exactly the same
 * files); falls back to installing the pinned versions from the registry when
 * the folders sit on different file systems. A symlink is no use: Turbopack
 * refuses a node_modules that points outside the project root.
 */
async function provideNodeModules(versions, log) {
  const target = path.join(BASELINE_DIR, "node_modules");
  rmSync(target, { recursive: true, force: true });
  try {
    await runLogged("cp", ["-al", path.join(PROJECT_DIR, "node_modules"), target], {
      cwd: BASELINE_DIR,
      env: process.env,
      logFile: path.join(WORK_DIR, "baseline-copy.log"),
    });
    // A linked .cache would let the baseline build write into the project's files.
    rmSync(path.join(target, ".cache"), { recursive: true, force: true });
  } catch (error) {
    log(`  hard link failed (${error.message.split("\n")[0]}); installing from the registry`);
    rmSync(target, { recursive: true, force: true });
    const specs = Object.entries(versions).map(([n, v]) => `${n}@${v}`);
    await runLogged("npm", ["install", "--no-audit", "--no-fund", "--save-exact", ...specs], {
      cwd: BASELINE_DIR,
      env: process.env,
      logFile: path.join(WORK_DIR, "baseline-install.log"),
    });
  }
  for (const [name, version] of Object.entries(versions)) {
    const got = installedVersion(BASELINE_DIR, name);
    if (got !== version) throw new Error(`baseline has ${name}@${got}, the project ${name}@${version}`);
  }
}

/** Creates (or reuses, when versions and sources are unchanged) the built baseline app. */
export async function prepareBaseline({ rebuild, log }) {
  const versions = projectVersions();
  const files = sources();
  const stamp = stampOf(versions, files);
  const stampFile = path.join(BASELINE_DIR, ".bench-stamp.json");
  const built = existsSync(path.join(BASELINE_DIR, ".next", "BUILD_ID"));
  if (!rebuild && built && existsSync(stampFile)) {
    const previous = JSON.parse(readFileSync(stampFile, "utf8"));
    if (previous.hash === stamp.hash) {
      log(`  reusing the baseline build (next ${versions.next}, react ${versions.react})`);
      return { versions, reused: true };
    }
  }
  rmSync(BASELINE_DIR, { recursive: true, force: true });
  mkdirSync(path.join(BASELINE_DIR, "app"), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(BASELINE_DIR, file), text);
  writeFileSync(path.join(BASELINE_DIR, "package.json"), packageJson(versions));
  await provideNodeModules(versions, log);
  log(`  building the baseline (next ${versions.next}, react ${versions.react}, react-dom ${versions["react-dom"]})`);
  await runLogged(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: BASELINE_DIR,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    logFile: path.join(WORK_DIR, "baseline-build.log"),
  });
  writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  return { versions, reused: false };
}
