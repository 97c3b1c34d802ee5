import { expect, test, type Browser } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { FORM_POST_LIMIT_BYTES } from "@/lib/callback/post-limit";
import { parseForms } from "../support/form-post";
import { CONFIG_TEMPLATE, nginxBinary, startStack, type Stack } from "../deploy/stack";
import { confirmationReference, fields, fillForm, person } from "../support/callback-page";
import { CHROMIUM_ARGS, chromiumLaunchOptions } from "../support/chromium.mjs";
import { SPEC_PORTS, E2E_DATA_DIR, e2eServerEnv } from "../support/e2e-env";
import {
  expectNothingSent,
  expectSitePage,
  multipartBody,
  personEntries,
  rawRequest,
  type RawResponse,
} from "../support/refusal-checks";
import { waitForMessages } from "../support/smtp-control";

/**
 * The deploy recipe, tested (issue 22): the built site behind Debian's nginx
 * with tests/deploy/nginx.conf and TRUST_PROXY=1, over TLS with a throwaway
 * certificate. Chromium reaches https://iop.test through a host-resolver rule.
 * The tests share one app, one address (127.0.0.1) and its rate limit, so they
 * run in order, and the one that uses the limit up runs last.
 */

const HOST = "iop.test";
const HTTP_PORT = SPEC_PORTS.behindNginx.http;
const HTTPS_PORT = SPEC_PORTS.behindNginx.https;
const APP_PORT = SPEC_PORTS.behindNginx.app;
/** A header-echoing upstream, with a second nginx on the two ports after it. */
const ECHO_PORT = SPEC_PORTS.behindNginx.echo;
const SITE = `https://${HOST}:${HTTPS_PORT}`;
const PER_ADDRESS_LIMIT = 4;

const nginx = nginxBinary();

test.use({
  baseURL: SITE,
  ignoreHTTPSErrors: true,
  launchOptions: {
    ...chromiumLaunchOptions(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  },
});
test.describe.configure({ mode: "serial" });

// Locally a machine without nginx skips with the reason; CI must have it (.ci/run installs it), so there it fails.
test.skip(!nginx && !process.env.CI, "nginx is not installed: apt-get install nginx-light (or set NGINX_PATH)");

let stack: Stack | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  if (!nginx) throw new Error("nginx is missing in CI: .ci/run should have installed it (/usr/sbin/nginx)");
  stack = await startStack({
    nginx,
    serverName: HOST,
    httpPort: HTTP_PORT,
    httpsPort: HTTPS_PORT,
    appPort: APP_PORT,
    appEnv: {
      ...e2eServerEnv(),
      SITE_URL: SITE,
      TRUST_PROXY: "1",
      FORM_RATE_LIMIT: String(PER_ADDRESS_LIMIT),
      OUTBOX_DIR: path.join(E2E_DATA_DIR, "nginx-outbox"),
      MAILBOX_DIR: path.join(E2E_DATA_DIR, "nginx-mailbox"),
    },
  });
});

test.afterAll(async () => {
  await stack?.stop();
});

/** A request to the site through nginx, from a client that can write any header. */
function throughNginx(pathname: string, options: Parameters<typeof rawRequest>[1] = {}): Promise<RawResponse> {
  return rawRequest(`${SITE}${pathname}`, { connectTo: "127.0.0.1", ...options });
}

/** A filled form from the page as served through nginx, posted raw as a browser without JavaScript would. */
async function postThroughNginx(headers: Record<string, string>, message?: string) {
  const page = await throughNginx("/admissions");
  const form = parseForms(page.body, `${SITE}/admissions`)[0]!;
  const { who, entries } = personEntries(form, message);
  const { body, contentType, length } = await multipartBody(entries);
  const response = await throughNginx("/admissions", {
    method: "POST",
    headers: {
      origin: SITE,
      "content-type": contentType,
      "content-length": length,
      ...headers,
    },
    body,
  });
  return { who, response };
}

async function noJsContext(browser: Browser) {
  return browser.newContext({ javaScriptEnabled: false, ignoreHTTPSErrors: true, baseURL: SITE });
}

test("nginx's client_max_body_size is the app's limit", async () => {
  const config = await readFile(CONFIG_TEMPLATE, "utf8");
  expect(config).toContain(`client_max_body_size ${FORM_POST_LIMIT_BYTES / 1024}k;`);
});

test("what the app receives: X-Forwarded-* overwritten, never appended to, and Forwarded dropped", async () => {
  // The same recipe in front of a server that answers with the headers it got, on ports of its own.
  const echo = createServer((req, res) => res.end(JSON.stringify(req.headers)));
  await new Promise<void>((resolve) => echo.listen(ECHO_PORT, "127.0.0.1", resolve));
  const probe = await startStack({
    nginx: nginx!,
    serverName: HOST,
    httpPort: ECHO_PORT + 1,
    httpsPort: ECHO_PORT + 2,
    appPort: ECHO_PORT,
  });
  try {
    const response = await rawRequest(`https://${HOST}:${ECHO_PORT + 2}/faq`, {
      connectTo: "127.0.0.1",
      headers: {
        "x-forwarded-for": "203.0.113.9",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "http",
        forwarded: "for=203.0.113.9;host=evil.example",
        "x-callback-refusal": "too-large",
      },
    });
    const seen = JSON.parse(response.body) as Record<string, string | undefined>;
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-host"]).toBe(`${HOST}:${ECHO_PORT + 2}`);
    expect(seen.host).toBe(`${HOST}:${ECHO_PORT + 2}`);
    expect(seen["x-forwarded-proto"]).toBe("https");
    expect(seen.forwarded).toBeUndefined();
    expect(seen["x-callback-refusal"]).toBeUndefined();
  } finally {
    await probe.stop();
    await new Promise((resolve) => echo.close(resolve));
  }
});

test("plain HTTP is redirected to HTTPS with the path and query kept", async () => {
  const response = await rawRequest(`http://${HOST}:${HTTP_PORT}/faq?from=test`, { connectTo: "127.0.0.1" });
  expect(response.status).toBe(301);
  expect(response.headers.location).toBe(`${SITE}/faq?from=test`);
});

test("pages come over TLS with the security headers and without x-nextjs-* headers", async () => {
  for (const pathname of ["/", "/faq", "/admissions", "/robots.txt"]) {
    const response = await throughNginx(pathname);
    expect(response.status, pathname).toBe(200);
    expect(response.headers["strict-transport-security"]).toContain("max-age=");
    expect(Object.keys(response.headers).filter((name) => name.startsWith("x-nextjs-"))).toEqual([]);
    expect(response.headers.server).toBe("nginx");
  }
});

test("another Host name gets no answer from the site", async () => {
  await expect(rawRequest(`http://127.0.0.1:${HTTP_PORT}/`)).rejects.toThrow(/socket hang up|ECONNRESET/);
});

test("Chromium with JavaScript sends the form through the proxy; intake gets one email", async ({ page }) => {
  await page.goto("/admissions");
  const who = person();
  await fillForm(page, who);
  await fields(page).submit.click();
  const reference = await confirmationReference(page);
  const messages = await waitForMessages(reference);
  expect(messages).toHaveLength(1);
  expect(messages[0]!.text).toContain(who.name);
});

test("Chromium without JavaScript sends the form through the proxy; intake gets one email", async ({ browser }) => {
  const context = await noJsContext(browser);
  const page = await context.newPage();
  await page.goto("/admissions");
  const who = person();
  await fillForm(page, who);
  await fields(page).submit.click();
  const reference = await confirmationReference(page);
  expect(await waitForMessages(reference)).toHaveLength(1);
  await context.close();
});

test("a spoofed X-Forwarded-Host with a matching Origin is refused: nginx overwrites the header", async () => {
  const { who, response } = await postThroughNginx({
    origin: "https://evil.example",
    "x-forwarded-host": "evil.example",
  });
  expect(response.status).toBe(403);
  expectSitePage(response.body);
  expect(response.body).toContain("We could not accept the form from this page");
  await expectNothingSent(who.name);
});

test("a post over the limit gets nginx's 413 as the site's admissions page; one under it reaches the form", async ({
  browser,
}) => {
  const context = await noJsContext(browser);
  const page = await context.newPage();
  await page.goto("/admissions");
  const who = person();
  await fillForm(page, who);
  await fields(page).message.fill("z".repeat(FORM_POST_LIMIT_BYTES + 4_096));
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    fields(page).submit.click(),
  ]);
  expect(response.status()).toBe(413);
  await page.waitForLoadState();
  expectSitePage(await page.content());
  await expect(page.getByRole("alert").filter({ hasText: "Your request was not sent" })).toBeFocused();
  await context.close();
  await expectNothingSent(who.name);

  // Just under the limit, nginx passes it on and the form's own check answers, keeping what was typed.
  const under = await postThroughNginx({}, "y".repeat(FORM_POST_LIMIT_BYTES - 16_384));
  expect(under.response.status).toBe(200);
  expect(under.response.body).toContain("Message must be 1,500 characters or fewer");
  expect(under.response.body).toContain(`value="${under.who.name}"`);
});

test("a Spanish post over the limit gets nginx's 413 as the Spanish admissions page", async ({ browser }) => {
  const context = await noJsContext(browser);
  const page = await context.newPage();
  await page.goto("/es/admissions");
  const who = person();
  await fillForm(page, who, "es");
  await fields(page, "es").message.fill("z".repeat(FORM_POST_LIMIT_BYTES + 4_096));
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    fields(page, "es").submit.click(),
  ]);
  expect(response.status()).toBe(413);
  await page.waitForLoadState();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("alert").filter({ hasText: "Su solicitud no se envió" })).toBeFocused();
  await context.close();
  await expectNothingSent(who.name);
});

test("a rotating X-Forwarded-For does not get past the per-address limit", async () => {
  // Earlier tests in this file have already used part of 127.0.0.1's allowance; none of these posts gets a new one.
  const answers: string[] = [];
  for (let i = 1; i <= PER_ADDRESS_LIMIT + 1; i++) {
    const { response } = await postThroughNginx({ "x-forwarded-for": `203.0.113.${i}` });
    answers.push(
      /reference is/i.test(response.body) ? "sent" : /Too many requests/i.test(response.body) ? "limited" : "?",
    );
  }
  expect(answers.filter((a) => a === "sent").length).toBeLessThanOrEqual(PER_ADDRESS_LIMIT);
  expect(answers.at(-1)).toBe("limited");
});
