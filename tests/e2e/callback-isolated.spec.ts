import { spawn, type ChildProcess } from "node:child_process";
import { readdir } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { program } from "@/content/program";
import { confirmationReference, fields, fillForm, person } from "../support/callback-page";
import { E2E_DATA_DIR, e2eServerEnv } from "../support/e2e-env";
import { SmtpSink } from "../support/smtp-sink";

/**
 * Tests that change how the server behaves for everyone (SMTP down, a low
 * rate limit) get their own `next start` on a free loopback port with its own
 * SMTP sink, so the rest of the suite runs on in parallel undisturbed.
 */

const RATE_LIMIT = 2;
const dataDir = path.join(E2E_DATA_DIR, `isolated-${process.pid}`);
const outboxDir = path.join(dataDir, "outbox");
const sink = new SmtpSink();
let server: ChildProcess;
let baseURL: string;
/** Requests this server has accepted so far; the rate limit counts them all. */
let accepted = 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const smtpPort = await sink.start();
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      ...e2eServerEnv(),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      OUTBOX_DIR: outboxDir,
      MAILBOX_DIR: path.join(dataDir, "mailbox"),
      FORM_RATE_LIMIT: String(RATE_LIMIT),
      OUTBOX_RETRY_BASE_MS: "300",
    },
    stdio: "ignore",
    detached: true,
  });
  await waitUntilUp(`${baseURL}/robots.txt`);
});

test.afterAll(async () => {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  await sink.stop();
});

test("SMTP down, then up: the request is kept, retried and sent once", async ({ page }) => {
  await sink.stop();
  await page.goto(`${baseURL}/admissions`);
  await fillForm(page, person());
  await fields(page).submit.click();
  // Acknowledged once it is on disk, though SMTP is down.
  const reference = await confirmationReference(page);
  accepted++;
  // In pending/, or in sending/ if the worker is trying it right now (temp files start with a dot).
  const queued = async (state: string) =>
    (await readdir(path.join(outboxDir, state)).catch(() => [])).filter((name) => !name.startsWith("."));
  expect([...(await queued("pending")), ...(await queued("sending"))]).toHaveLength(1);
  expect(sink.withReference(reference)).toHaveLength(0);

  await page.waitForTimeout(1_000);
  await sink.start();
  const mail = await sink.waitFor((m) => m.subject === `Callback request ${reference}`, 15_000);
  expect(mail.text).toContain(`Reference: ${reference}`);
  await page.waitForTimeout(1_500);
  expect(sink.withReference(reference)).toHaveLength(1);
  expect(await readdir(path.join(outboxDir, "pending"))).toEqual([]);
});

test("past the rate limit a person is told to call instead, and nothing is sent", async ({ page }) => {
  let lastReference = "";
  while (accepted < RATE_LIMIT) {
    await page.goto(`${baseURL}/admissions`);
    await fillForm(page, person());
    await fields(page).submit.click();
    lastReference = await confirmationReference(page);
    accepted++;
  }
  // The confirmation comes before the email is sent: count once the last accepted one is in.
  if (lastReference) await sink.waitFor((m) => m.subject === `Callback request ${lastReference}`, 15_000);
  const before = sink.messages.length;
  await page.goto(`${baseURL}/admissions`);
  const who = person();
  await fillForm(page, who);
  await fields(page).submit.click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText(/Too many requests .* call us at/);
  await expect(summary).toContainText(program.admissionsPhone.display);
  await expect(summary).toBeFocused();
  await expect(page.getByRole("heading", { name: "Request received" })).toHaveCount(0);
  // What was typed is still there to copy or try later.
  await expect(fields(page).name).toHaveValue(who.name);
  await page.waitForTimeout(1_000);
  expect(sink.messages.length).toBe(before);
});
