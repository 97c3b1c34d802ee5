import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { program } from "@/content/program";
import { fillForm, person } from "../support/callback-page";
import { SPEC_PORTS } from "../support/e2e-env";
import { startNextServer, waitUntilReady, type NextServer } from "../support/next-server";

/**
 * The rate limits of the real server, with posts made as a browser without JavaScript makes them (security review
 * 4c-4f). A server of its own, with FORM_RATE_LIMIT=2 (so a site-wide ceiling of 100 an hour) and no SMTP_URL, so
 * each accepted request becomes one .eml file that can be counted. Without TRUST_PROXY, X-Forwarded-For is the
 * client's own claim, which is how one machine plays many clients here.
 */
const PORT = Number(process.env.E2E_LIMITS_PORT ?? SPEC_PORTS.rateLimits);
const CEILING = 100;

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

let server: NextServer;
let dir: string;
let form: Record<string, string>;
let sequence = 0;

test.beforeAll(async ({ browser }) => {
  dir = await mkdtemp(path.join(tmpdir(), "limits-"));
  server = startNextServer(PORT, {
    SITE_URL: `http://127.0.0.1:${PORT}`,
    SMTP_URL: "",
    MAILBOX_DIR: path.join(dir, "mailbox"),
    OUTBOX_DIR: path.join(dir, "outbox"),
    FORM_RATE_LIMIT: "2",
  });
  await waitUntilReady(server);
  // The fields a browser without JavaScript posts, React's action ids included, read from the rendered form.
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${server.url}/admissions`);
  await fillForm(page, person());
  form = await page.locator("form").evaluate((element: HTMLFormElement) => {
    const out: Record<string, string> = {};
    for (const [key, value] of new FormData(element)) out[key] = String(value);
    return out;
  });
  await page.close();
});

test.afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** One post of the form as a new submission (its own key) from `client`; answers with what the page says. */
async function post(request: APIRequestContext, client: string, fields: Record<string, string> = {}) {
  const submissionKey = `limits-${process.pid}-${String(++sequence).padStart(10, "0")}`;
  const response = await request.post(`${server.url}/admissions`, {
    multipart: { ...form, submissionKey, ...fields },
    headers: { Origin: server.url, "X-Forwarded-For": client },
  });
  expect(response.status()).toBe(200);
  const html = await response.text();
  if (/reference is/i.test(html)) return "sent";
  if (html.includes("from this device")) return "client limit";
  if (html.includes("unusual number of requests")) return "busy";
  return "other";
}

const mailed = async () => (await readdir(path.join(dir, "mailbox")).catch(() => [])).length;

async function waitForMail(count: number) {
  await expect.poll(mailed, { timeout: 15_000 }).toBe(count);
}

test("concurrent posts from one client get exactly its limit through", async ({ request }) => {
  const answers = await Promise.all(Array.from({ length: 20 }, () => post(request, "203.0.113.1")));
  expect(answers.filter((a) => a === "sent")).toHaveLength(2);
  expect(answers.filter((a) => a === "client limit")).toHaveLength(18);
  await waitForMail(2);
});

test("honeypot posts from many addresses use up nothing: a person after them gets through", async ({ request }) => {
  const bots = await Promise.all(
    Array.from({ length: CEILING + 10 }, (_, i) => post(request, `198.18.${i >> 8}.${i & 255}`, { website: "x" })),
  );
  // The bots are told it worked, and nothing is sent.
  expect(bots.every((a) => a === "sent")).toBe(true);
  expect(await post(request, "203.0.113.50")).toBe("sent");
  await waitForMail(3);
});

test("concurrent posts from many addresses stop at the site-wide ceiling, which says the form is busy", async ({
  request,
}) => {
  // 3 requests so far this hour; 110 more at once, from as many addresses.
  const answers = await Promise.all(
    Array.from({ length: CEILING + 10 }, (_, i) => post(request, `198.19.${i >> 8}.${i & 255}`)),
  );
  expect(answers.filter((a) => a === "sent")).toHaveLength(CEILING - 3);
  expect(answers.filter((a) => a === "busy")).toHaveLength(13);
  await waitForMail(CEILING);

  const response = await request.post(`${server.url}/admissions`, {
    multipart: { ...form, submissionKey: `limits-person-${process.pid}-000000` },
    headers: { Origin: server.url, "X-Forwarded-For": "192.0.2.77" },
  });
  const html = await response.text();
  expect(html).toContain("We are getting an unusual number of requests right now, so this form is busy.");
  expect(html).toContain(program.admissionsPhone.display);
  expect(html).not.toContain("from this device");
  // Said once per refusal in the log, as what it is, with no address in it.
  const lines = server
    .output()
    .split("\n")
    .filter((l) => l.includes("site-wide ceiling reached"));
  expect(lines.length).toBeGreaterThanOrEqual(14);
  expect(lines[0]).toContain("form closed for everyone");
  expect(lines.join("\n")).not.toMatch(/192\.0\.2\.77|198\.19\./);
});
