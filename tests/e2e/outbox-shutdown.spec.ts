import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { confirmationReference, fields, fillForm, person } from "../support/callback-page";
import { SPEC_PORTS, e2eServerEnv } from "../support/e2e-env";
import { SmtpSink } from "../support/smtp-sink";

/**
 * A deploy sends SIGTERM to `next start` while a message is mid-send. Here
 * the real built server gets it while a real SMTP server on loopback holds
 * the message unanswered; the next server must deliver it, exactly once.
 * Its own server and relay, on the two ports after the suite's own three.
 */

const PORT = SPEC_PORTS.outboxShutdown.app;
const baseURL = `http://127.0.0.1:${PORT}`;
const sink = new SmtpSink(SPEC_PORTS.outboxShutdown.smtp);
let dataDir: string;
const running = new Set<ChildProcess>();

type Server = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(): Server {
  const child = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(PORT)],
    {
      env: {
        ...process.env,
        ...e2eServerEnv(),
        SITE_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${sink.listeningPort}`,
        OUTBOX_DIR: path.join(dataDir, "outbox"),
        MAILBOX_DIR: path.join(dataDir, "mailbox"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? -1 : null));
    }),
  );
  return { child, output: () => output, exited };
}

async function waitUntilUp(timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(`${baseURL}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${baseURL} did not come up`);
}

const files = async (state: string) => (await readdir(path.join(dataDir, "outbox", state)).catch(() => [])).sort();

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "outbox-shutdown-"));
  await sink.start();
});

test.afterAll(async () => {
  for (const child of running) child.kill("SIGKILL");
  sink.release();
  await sink.stop();
  await rm(dataDir, { recursive: true, force: true });
});

test("SIGTERM while the relay holds a message: it goes back to pending/ and the next server sends it once", async ({
  page,
}) => {
  test.setTimeout(90_000);
  sink.mode = "hang";
  const first = startServer();
  await waitUntilUp();
  await page.goto(`${baseURL}/admissions`);
  const who = person({ email: "sigterm.private@example.net", message: "Private words about my week" });
  await fillForm(page, who);
  await fields(page).submit.click();
  const reference = await confirmationReference(page);

  await sink.waitForHeld(1, 15_000);
  expect(await files("sending")).toHaveLength(1);
  first.child.kill("SIGTERM");
  const code = await Promise.race([first.exited, new Promise((r) => setTimeout(() => r("still running"), 15_000))]);
  // Next's own handler ends the process (143 = 128 + SIGTERM) once open requests are done.
  expect(code).toBe(143);
  expect(await files("sending")).toEqual([]);
  expect(await files("pending")).toHaveLength(1);
  expect(first.output()).toContain("put back in pending/");
  expect(sink.withReference(reference)).toHaveLength(0);

  // The held message's connection died with the process, so the relay never accepted it.
  sink.mode = "accept";
  const second = startServer();
  await waitUntilUp();
  const mail = await sink.waitFor((m) => m.subject === `Callback request ${reference}`, 20_000);
  expect(mail.text).toContain(who.name);
  // A second copy would come within the worker's settle time and one relay round trip.
  await page.waitForTimeout(2_000);
  expect(sink.withReference(reference)).toHaveLength(1);
  expect(await files("pending")).toEqual([]);
  expect(await files("sending")).toEqual([]);
  expect(await files("sent")).toHaveLength(1);

  second.child.kill("SIGTERM");
  await second.exited;
  const logs = first.output() + second.output();
  expect(logs).toContain(reference);
  for (const personal of [who.name, who.phone, who.email!, who.message!]) expect(logs).not.toContain(personal);
});
