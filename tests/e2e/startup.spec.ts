import { spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SPEC_PORTS } from "../support/e2e-env";
import { startNextServer } from "../support/next-server";

/**
 * The real built server (`next start`) started with one bad setting at a time: it must stop at once with exit code 1
 * and a message naming the variable, never answer requests with 500s, and never print the setting's value, least of
 * all the SMTP password (security review 9d, 6f). Each case gets its own server on one spare port, one after another.
 */
const PORT = Number(process.env.E2E_STARTUP_PORT ?? SPEC_PORTS.startup);
const SECRET = "S3cretPW";

test.describe.configure({ mode: "serial" });
test.setTimeout(60_000);

type Outcome = { code: number | null; output: string; statuses: number[] };

/** Root ignores permission bits, so a test of an unwritable folder runs the server as nobody when it is root. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/**
 * Starts `next start` with the e2e settings plus `overrides`; resolves when it exits, or kills it after `ms`.
 * `unprivileged`: as nobody when the tests run as root.
 */
async function startServer(
  overrides: Record<string, string>,
  { ms = 40_000, unprivileged = false } = {},
): Promise<Outcome> {
  const dir = await mkdtemp(path.join(tmpdir(), "startup-"));
  const user = unprivileged && asRoot ? { uid: NOBODY, gid: NOBODY } : {};
  const server = startNextServer(PORT, { OUTBOX_DIR: path.join(dir, "outbox"), ...overrides }, user);

  // Ask for a page while it runs: a server that stayed up with a bad setting answers 500 and logs the error.
  const statuses: number[] = [];
  let done = false;
  const poll = (async () => {
    while (!done) {
      try {
        statuses.push((await fetch(`${server.url}/robots.txt`, { signal: AbortSignal.timeout(2_000) })).status);
      } catch {
        // Not listening (yet, or any more).
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  })();
  const timer = setTimeout(() => void server.stop(), ms);
  const code = await server.exited;
  clearTimeout(timer);
  done = true;
  await poll;
  await rm(dir, { recursive: true, force: true });
  return { code, output: server.output(), statuses };
}

test("the harness sees a server with good settings stay up and answer", async () => {
  const result = await startServer({}, { ms: 15_000 });
  // Killed by the timer: it was still running, and it answered.
  expect(result.code).toBeNull();
  expect(result.statuses).toContain(200);
});

const badSettings: [string, Record<string, string>, string][] = [
  ["an SMTP_URL with an empty host", { SMTP_URL: `smtps://user:${SECRET}@` }, "SMTP_URL"],
  ["an SMTP_URL with a port over 65535", { SMTP_URL: `smtps://user:${SECRET}@mail.example.org:99999` }, "SMTP_URL"],
  ["an SMTP_URL with a space in the host", { SMTP_URL: `smtps://user:${SECRET}@mail example.org` }, "SMTP_URL"],
  ["an SMTP_URL that is garbage", { SMTP_URL: `garbage-${SECRET}` }, "SMTP_URL"],
  ["a FORM_RATE_LIMIT that is not a number", { FORM_RATE_LIMIT: SECRET }, "FORM_RATE_LIMIT"],
  ["a TRUST_PROXY that is not a flag", { TRUST_PROXY: SECRET }, "TRUST_PROXY"],
  ["an INTAKE_EMAIL that is not an address", { INTAKE_EMAIL: SECRET }, "INTAKE_EMAIL"],
];

for (const [label, overrides, variable] of badSettings) {
  test(`stops at start on ${label}, naming ${variable} and never printing its value`, async () => {
    const { code, output, statuses } = await startServer(overrides);
    expect(code, output).toBe(1);
    expect(output).toMatch(new RegExp(`^\\s*${variable}: `, "m"));
    expect(output).not.toContain(SECRET);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });
}

test("stops at start when OUTBOX_DIR cannot be written, naming it", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "startup-file-"));
  // A file where a folder should be: unwritable even for root, who ignores permission bits.
  await writeFile(path.join(dir, "not-a-folder"), "");
  const outbox = path.join(dir, "not-a-folder", "outbox");
  const { code, output, statuses } = await startServer({ OUTBOX_DIR: outbox });
  await rm(dir, { recursive: true, force: true });
  expect(code, output).toBe(1);
  expect(output).toMatch(/^\s*OUTBOX_DIR: cannot write to .*not-a-folder\/outbox \(ENOTDIR\)$/m);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
});

/** Whether nobody can read the built app (a clone under a folder only root may enter cannot be). */
function nobodyCanReadTheApp(): boolean {
  const check = spawnSync(
    process.execPath,
    ["-e", `require("fs").accessSync(${JSON.stringify(path.resolve(".next/BUILD_ID"))})`],
    {
      uid: NOBODY,
      gid: NOBODY,
    },
  );
  return check.status === 0;
}

test("stops at start when OUTBOX_DIR is a folder the server may not write to, naming it", async () => {
  test.skip(asRoot && !nobodyCanReadTheApp(), "running as root, and user nobody cannot read this clone to run it");
  const dir = await mkdtemp(path.join(tmpdir(), "startup-mode-"));
  await chmod(dir, 0o755);
  const outbox = path.join(dir, "outbox");
  await mkdir(path.join(outbox, "pending"), { recursive: true });
  await chmod(outbox, 0o500);
  const { code, output, statuses } = await startServer({ OUTBOX_DIR: outbox }, { unprivileged: true });
  await rm(dir, { recursive: true, force: true });
  expect(code, output).toBe(1);
  expect(output).toMatch(/^\s*OUTBOX_DIR: cannot write to .*\/outbox \(EACCES\)$/m);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
});
