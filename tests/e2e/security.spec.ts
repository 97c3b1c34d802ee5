import { expect, test } from "@playwright/test";
import { routes } from "../support/routes";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The headers Mozilla's HTTP Observatory scores, as the site sends them on every response (lib/security/csp.ts). */
function expectObservatoryHeaders(headers: Record<string, string>) {
  const maxAge = Number(/max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "")?.[1]);
  expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
  expect(headers["strict-transport-security"]).toContain("includeSubDomains");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toMatch(/^(no-referrer|strict-origin-when-cross-origin)$/);
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
  for (const feature of ["camera", "microphone", "geolocation"]) {
    expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  }
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["set-cookie"]).toBeUndefined();
  expect(headers["access-control-allow-origin"]).toBeUndefined();
}

for (const route of routes) {
  test.describe(`security on ${route}`, () => {
    test("sends a strict CSP and the other security headers", async ({ request }) => {
      const response = await request.get(route);
      const headers = response.headers();
      const csp = directives(headers["content-security-policy"] ?? "");
      const scriptSrc = csp.get("script-src") ?? [];
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc.some((s) => /^'(sha256-|nonce-)/.test(s))).toBe(true);
      // The stylesheet is inlined into the page and allowed by its hash, never by 'unsafe-inline'.
      const styleSrc = csp.get("style-src") ?? [];
      expect(styleSrc).not.toContain("'unsafe-inline'");
      expect(styleSrc.some((s) => s.startsWith("'sha256-"))).toBe(true);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("form-action")).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("connect-src")).toEqual(["'self'"]);

      // Anything the page does not name is refused (and Mozilla's Observatory gives the extra credit for it).
      expect(csp.get("default-src")).toEqual(["'none'"]);
      expectObservatoryHeaders(headers);
    });

    test("runs its scripts under the CSP, logs no error and asks no other host for anything", async ({
      page,
      baseURL,
    }) => {
      const problems: string[] = [];
      const foreign: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error" || msg.type() === "warning") problems.push(msg.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("request", (req) => {
        if (new URL(req.url()).origin !== new URL(baseURL!).origin) foreign.push(req.url());
      });
      await page.goto(route, { waitUntil: "networkidle" });
      // Next's inline bootstrap scripts define __next_f; if the CSP had blocked them, it would be missing.
      expect(await page.evaluate(() => Array.isArray((window as { __next_f?: unknown }).__next_f))).toBe(true);
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
    });

    test("links to other sites do not pass on the reader", async ({ page, baseURL }) => {
      await page.goto(route);
      const external = page.locator(`a[href^="http"]:not([href^="${baseURL}"])`);
      for (const rel of await external.evaluateAll((links) => links.map((a) => a.getAttribute("rel") ?? ""))) {
        expect(rel.split(/\s+/)).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
      }
    });
  });
}

test("an unknown address also gets a working strict CSP", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(msg.text());
  });
  const response = await page.goto("/no-such-page", { waitUntil: "networkidle" });
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' '(sha256|nonce)-/);
  expect(problems.filter((p) => !p.includes("404"))).toEqual([]);
});

// Files the app makes (not pages) load nothing, so their CSP allows nothing: it matters for the SVG, which a browser
// runs as a document when it is opened on its own.
for (const file of ["/evening-sessions.ics", "/es/evening-sessions.ics", "/sitemap.xml", "/robots.txt", "/icon.svg"]) {
  test(`${file} has a CSP that allows nothing, and the other security headers`, async ({ request }) => {
    const response = await request.get(file);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = directives(headers["content-security-policy"] ?? "");
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect([...csp.keys()].sort()).toEqual(["default-src", "frame-ancestors"]);
    expectObservatoryHeaders(headers);
  });
}

test("a server action call whose arguments are not a form is refused with the phone number, not a 500", async ({
  request,
  baseURL,
}) => {
  const page = await (await request.get("/admissions")).text();
  // The form carries its action's id for posts without JavaScript, in a hidden field React writes.
  const bound = /name="\$ACTION_1:0" value="([^"]+)"/.exec(page)?.[1];
  const actionId = (JSON.parse(bound!.replaceAll("&quot;", '"')) as { id: string }).id;
  for (const args of [[{ status: "idle" }, {}], [{ status: "idle" }, { get: 1 }], [{ status: "idle" }]]) {
    const response = await request.post("/admissions", {
      headers: {
        "Next-Action": actionId,
        Origin: baseURL!,
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: JSON.stringify(args),
    });
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain("refused");
    expect(body).toMatch(/call us at \(\d{3}\) \d{3}-\d{4}/);
  }
});
