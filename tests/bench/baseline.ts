/**
 * The yardstick: a bare App Router page (one heading, one paragraph, no CSS
 * framework) built from the exact next/react/react-dom the project has
 * installed. Every size and speed is reported as a difference from it, so a
 * framework upgrade moves both sides and only what the project adds shows.
 *
 * A second build of the same page, the "nonce" variant, serves it the other
 * way a strict CSP can be had in Next.js: a proxy that makes a nonce for every
 * request, and the page rendered per request so Next can put the nonce on its
 * scripts. Side by side with the static page it prices that choice (the
 * project instead writes script hashes at build time; see lib/security/README.md).
 *
 * Beside the page, /padded/<kB> is the same page with text added up to a real
 * page's size, for the load test: it shows what size alone costs.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BASELINE_DIR, LOAD, PROJECT_DIR, WORK_DIR } from "./config";
import { installedVersion, runLogged } from "./util";

const PINNED = ["next", "react", "react-dom"];
const TOOLING = ["typescript", "@types/react", "@types/react-dom", "@types/node"];

const PADDING_WORDS =
  "people weigh treatment for themselves often anxious on a phone late at night family members compare levels of care " +
  "schedule sessions services group therapy counseling intensive outpatient program partial hospitalization residential " +
  "inpatient withdrawal medication recovery support relapse prevention skills coping stress family education individual " +
  "psychiatric assessment insurance coverage cost admission call confidential privacy federal law records consent " +
  "questions answers evening morning weekday hours week months step down level clinician counselor nurse doctor peer " +
  "specialist meetings housing job school transport childcare work commute safe stable home alcohol opioid stimulant " +
  "cannabis use disorder person craving trigger plan goal progress review discharge aftercare alumni check in safety crisis";

type Variant = "static" | "nonce";
type Versions = Record<string, string>;
type Log = (line: string) => void;

const NONCE_SOURCES: Record<string, string> = {
  "proxy.ts": `import { type NextRequest, NextResponse } from "next/server";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = \`default-src 'self'; script-src 'self' 'nonce-\${nonce}'; object-src 'none'; base-uri 'self'\`;
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|.*\\\\.[a-z0-9]+$).*)"] };
`,
  "app/page.tsx": `import { connection } from "next/server";

export default async function Page() {
  await connection();
  return (
    <main>
      <h1>Baseline page</h1>
      <p>A heading and a paragraph, served by the same Next.js and React versions as the project.</p>
    </main>
  );
}
`,
};

export const baselineDir = (variant: Variant = "static") =>
  variant === "nonce" ? `${BASELINE_DIR}-nonce` : BASELINE_DIR;

function sources(variant: Variant, paddedKb: readonly number[]): Record<string, string> {
  return {
    ...sharedSources(paddedKb),
    ...(variant === "nonce" ? NONCE_SOURCES : {}),
  };
}

function sharedSources(paddedKb: readonly number[]): Record<string, string> {
  return {
    // The floor for the callback form: a server action that does nothing, on a route of its own so "/" is unchanged.
    "app/action/page.tsx": `async function noop(formData: FormData) {
  "use server";
  formData.get("name");
}

export default function Page() {
  return (
    <main>
      <form action={noop}>
        <input name="name" aria-label="Name" />
        <button type="submit">Send</button>
      </form>
    </main>
  );
}
`,
    // The same bare page carrying as much HTML as a real one (paddedKb: the sizes to measure).
    // Words drawn from a fixed sequence make text that gzips about as well as the
    // project's HTML (5-6 to 1); each paragraph adds about 0.52 kB, counting
    // React's copy of it in the page's inline payload.
    "app/padded/[kb]/page.tsx": `const WORDS = ${JSON.stringify(PADDING_WORDS)}.split(" ");

export const dynamicParams = false;

export function generateStaticParams() {
  return ${JSON.stringify(paddedKb.map((kb) => ({ kb: String(kb) })))};
}

function paragraphs(kb: number): string[] {
  let seed = 12345;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const count = Math.max(0, Math.round((kb - 5.8) / 0.52));
  return Array.from({ length: count }, () =>
    Array.from({ length: 30 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" "),
  );
}

export default async function Page({ params }: { params: Promise<{ kb: string }> }) {
  const { kb } = await params;
  return (
    <main>
      <h1>Baseline page, padded</h1>
      {paragraphs(Number(kb)).map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  );
}
`,
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

export function projectVersions(): Versions {
  return Object.fromEntries(PINNED.map((name) => [name, installedVersion(PROJECT_DIR, name)]));
}

function packageJson(versions: Versions): string {
  const tooling = Object.fromEntries(
    TOOLING.filter((n) => existsSync(path.join(PROJECT_DIR, "node_modules", n))).map((n) => [
      n,
      installedVersion(PROJECT_DIR, n),
    ]),
  );
  return `${JSON.stringify({ name: "bench-baseline", private: true, dependencies: versions, devDependencies: tooling }, null, 2)}\n`;
}

function stampOf(versions: Versions, files: Record<string, string>) {
  const hash = createHash("sha256").update(JSON.stringify({ versions, files })).digest("hex");
  return { versions, hash };
}

/**
 * Hard links the project's node_modules (seconds, no network, exactly the same
 * files); falls back to installing the pinned versions from the registry when
 * the folders sit on different file systems. A symlink is no use: Turbopack
 * refuses a node_modules that points outside the project root.
 */
async function provideNodeModules(dir: string, versions: Versions, log: Log): Promise<void> {
  const target = path.join(dir, "node_modules");
  rmSync(target, { recursive: true, force: true });
  try {
    await runLogged("cp", ["-al", path.join(PROJECT_DIR, "node_modules"), target], {
      cwd: dir,
      env: process.env,
      logFile: path.join(WORK_DIR, "baseline-copy.log"),
    });
    // A linked .cache would let the baseline build write into the project's files.
    rmSync(path.join(target, ".cache"), { recursive: true, force: true });
  } catch (error) {
    log(`  hard link failed (${(error as Error).message.split("\n")[0]}); installing from the registry`);
    rmSync(target, { recursive: true, force: true });
    const specs = Object.entries(versions).map(([n, v]) => `${n}@${v}`);
    await runLogged("npm", ["install", "--no-audit", "--no-fund", "--save-exact", ...specs], {
      cwd: dir,
      env: process.env,
      logFile: path.join(WORK_DIR, "baseline-install.log"),
    });
  }
  for (const [name, version] of Object.entries(versions)) {
    const got = installedVersion(dir, name);
    if (got !== version) throw new Error(`baseline has ${name}@${got}, the project ${name}@${version}`);
  }
}

/** Creates (or reuses, when versions and sources are unchanged) the built baseline app of one variant. */
export type Baseline = Awaited<ReturnType<typeof prepareBaseline>>;

export async function prepareBaseline({
  rebuild,
  log,
  variant = "static",
  paddedKb = LOAD.paddedHtmlKb,
}: {
  rebuild: boolean;
  log: Log;
  variant?: Variant;
  /** Sizes (kB of HTML) of the padded pages to build; a change of sizes rebuilds the baseline. */
  paddedKb?: readonly number[];
}) {
  const dir = baselineDir(variant);
  const versions = projectVersions();
  const files = sources(variant, paddedKb);
  const stamp = stampOf(versions, files);
  const stampFile = path.join(dir, ".bench-stamp.json");
  const built = existsSync(path.join(dir, ".next", "BUILD_ID"));
  if (!rebuild && built && existsSync(stampFile)) {
    const previous = JSON.parse(readFileSync(stampFile, "utf8")) as { hash?: string };
    if (previous.hash === stamp.hash) {
      log(`  reusing the ${variant} baseline build (next ${versions.next}, react ${versions.react})`);
      return { versions, reused: true, dir };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  writeFileSync(path.join(dir, "package.json"), packageJson(versions));
  await provideNodeModules(dir, versions, log);
  log(
    `  building the ${variant} baseline (next ${versions.next}, react ${versions.react}, react-dom ${versions["react-dom"]})`,
  );
  await runLogged(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    logFile: path.join(WORK_DIR, `baseline-${variant}-build.log`),
  });
  writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  return { versions, reused: false, dir };
}
