import { expect, test, type Page } from "@playwright/test";
import { program } from "@/content/program";
import { FORM_POST_LIMIT_BYTES } from "@/lib/callback/post-limit";
import type { Lang } from "@/lib/i18n/locales";
import { loadForm, postForm } from "../support/form-post";
import { fields, fillForm, person } from "../support/callback-page";
import { expectNothingSent, expectSitePage, multipartBody, personEntries, rawRequest } from "../support/refusal-checks";

/**
 * Issue 22, point 4: a post without JavaScript that the form cannot take is
 * answered with the site's own admissions page, an honest status and nothing
 * sent, never Next's bare 500 "Internal Server Error" (security review
 * 2026-12, cases 1a, 1b, 2a, 2b, 2h, 3c, 3d). Raw requests show the status
 * and the page; Chromium without JavaScript shows what a person sees.
 */

const TOO_LARGE = FORM_POST_LIMIT_BYTES + 4_096;
const NOTICE = "Your request was not sent";

/** A filled form as a browser without JavaScript posts it, React's hidden action fields included. */
async function filledForm(baseURL: string, message?: string, route = "/admissions") {
  const form = (await loadForm(`${baseURL}${route}`))!;
  return { form, ...personEntries(form, message) };
}

test.describe("raw posts to /admissions @no-js", () => {
  for (const [label, size] of [
    ["just over the limit", TOO_LARGE],
    ["5 MB", 5_000_000],
  ] as const) {
    test(`a post ${label} gets the page with 413 and sends nothing`, async ({ baseURL }) => {
      const { form, who, entries } = await filledForm(baseURL!, "x".repeat(size));
      const { status, html } = await postForm(form, entries);
      expect(status).toBe(413);
      expectSitePage(html);
      expect(html).toContain(NOTICE);
      expect(html).toContain("too long for our form");
      await expectNothingSent(who.name);
    });
  }

  test("a pasted letter under the limit gets the schema's message with everything typed kept", async ({ baseURL }) => {
    // 30 kB: the review's case 1a, a bare 500 while the limit was 24 kB.
    const { form, who, entries } = await filledForm(baseURL!, "y".repeat(30_000));
    const { status, html } = await postForm(form, entries);
    expect(status).toBe(200);
    expectSitePage(html);
    expect(html).toContain("Message must be 1,500 characters or fewer");
    expect(html).toContain(`value="${who.name}"`);
    expect(html).toContain("y".repeat(30_000));
    await expectNothingSent(who.name);
  });

  for (const [label, origin] of [
    ["Origin: null", "null"],
    ["another site's Origin", "https://attacker.example"],
    ["a lookalike Origin", "http://127.0.0.1.evil.example"],
    ["a malformed Origin", "not a url"],
  ] as const) {
    test(`${label} gets the form back with 403, what was typed kept, and nothing sent`, async ({ baseURL }) => {
      const { form, who, entries } = await filledForm(baseURL!);
      const { status, html } = await postForm(form, entries, { headers: { origin } });
      expect(status).toBe(403);
      expectSitePage(html);
      expect(html).toContain("We could not accept the form from this page");
      expect(html).toContain(`value="${who.name}"`);
      expect(html).not.toMatch(/reference is/i);
      await expectNothingSent(who.name);
    });
  }

  test("a post with no Origin at all is refused with 403 and sends nothing", async ({ baseURL }) => {
    const { form, who, entries } = await filledForm(baseURL!);
    const body = new FormData();
    for (const [name, value] of entries) body.append(name, value);
    const response = await fetch(form.action, { method: "POST", body });
    expect(response.status).toBe(403);
    expectSitePage(await response.text());
    await expectNothingSent(who.name);
  });

  const garbage: [label: string, contentType: string | undefined, body: string | Buffer, status: number][] = [
    ["truncated multipart", "multipart/form-data; boundary=----b", "------b\r\nContent-Disposition: form-da", 400],
    [
      "multipart with the wrong boundary",
      "multipart/form-data; boundary=----b",
      "------x\r\n\r\nhello\r\n------x--",
      400,
    ],
    ["multipart with no boundary", "multipart/form-data", "------b\r\n", 400],
    [
      "binary garbage as multipart",
      "multipart/form-data; boundary=----b",
      Buffer.from([0, 255, 13, 10, 45, 45, 7]),
      400,
    ],
    ["urlencoded", "application/x-www-form-urlencoded", "name=Ann&phone=5555550142", 400],
    ["JSON", "application/json", '{"name":"Ann"}', 400],
    ["text", "text/plain", "hello", 400],
    ["no content type", undefined, "hello", 400],
  ];
  for (const [label, contentType, body, status] of garbage) {
    test(`${label} gets the page with ${status}`, async ({ baseURL }) => {
      const headers: Record<string, string> = { origin: baseURL!, "content-length": String(Buffer.byteLength(body)) };
      if (contentType) headers["content-type"] = contentType;
      const response = await rawRequest(`${baseURL}/admissions`, { method: "POST", headers, body });
      expect(response.status).toBe(status);
      expectSitePage(response.body);
      expect(response.body).toContain("could not be read as the form");
    });
  }

  test("a chunked post with no length gets the page with 411", async ({ baseURL }) => {
    const { form, entries } = await filledForm(baseURL!);
    const { body, contentType } = await multipartBody(entries);
    const response = await rawRequest(`${baseURL}/admissions`, {
      method: "POST",
      headers: { origin: new URL(form.action).origin, "content-type": contentType, "transfer-encoding": "chunked" },
      body,
    });
    expect(response.status).toBe(411);
    expectSitePage(response.body);
  });

  test("a client cannot ask for a refusal notice with its own header", async ({ baseURL }) => {
    const response = await rawRequest(`${baseURL}/admissions`, { headers: { "x-callback-refusal": "too-large" } });
    expect(response.status).toBe(200);
    expect(response.body).not.toContain(NOTICE);
  });
});

test.describe("methods other than GET, HEAD and POST @no-js", () => {
  for (const path of ["/admissions", "/faq", "/"]) {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
      test(`${method} ${path} answers 405`, async ({ baseURL }) => {
        const response = await rawRequest(`${baseURL}${path}`, { method });
        expect(response.status).toBe(405);
        expect(response.headers.allow).toBe("GET, HEAD, POST");
        expect(response.body).not.toContain("Internal Server Error");
      });
    }
  }
});

/** Opens the form in Chromium without JavaScript and fills it as a person would. */
async function openFilledForm(page: Page, message: string) {
  await page.goto("/admissions");
  const who = person();
  await fillForm(page, who);
  await fields(page).message.fill(message);
  return who;
}

/** Submits and returns the status and HTML of the page that came back. */
async function submit(page: Page, lang: Lang = "en") {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    fields(page, lang).submit.click(),
  ]);
  await page.waitForLoadState();
  return { status: response.status(), html: await page.content() };
}

test.describe("Chromium without JavaScript @no-js", () => {
  test("pasting a message over the limit shows the refusal notice with 413, focused", async ({ page }) => {
    const who = await openFilledForm(page, "z".repeat(TOO_LARGE));
    const { status, html } = await submit(page);
    expect(status).toBe(413);
    expectSitePage(html);
    const notice = page.getByRole("alert").filter({ hasText: NOTICE });
    await expect(notice).toBeFocused();
    const phone = program.admissionsPhone;
    await expect(notice.getByRole("link", { name: phone.display })).toHaveAttribute("href", `tel:${phone.e164}`);
    await notice.getByRole("link", { name: "fill in the form again" }).click();
    await expect(fields(page).name).toBeFocused();
    await expectNothingSent(who.name);
  });

  test("pasting a 30 kB letter keeps everything typed and says what to shorten", async ({ page }) => {
    const letter = "A long letter. ".repeat(2_000);
    const who = await openFilledForm(page, letter);
    const { status } = await submit(page);
    expect(status).toBe(200);
    await expect(page.getByRole("alert").getByRole("link", { name: /1,500 characters or fewer/ })).toBeVisible();
    await expect(fields(page).name).toHaveValue(who.name);
    await expect(fields(page).message).toHaveValue(letter);
    await expectNothingSent(who.name);
  });

  test("a page served with Referrer-Policy: no-referrer makes Chromium send Origin: null; it gets 403 and the form back", async ({
    page,
  }) => {
    // Some privacy settings and extensions do this; Chromium then sends `Origin: null` on a same-origin form post.
    await page.route("**/admissions", async (route) => {
      if (route.request().method() !== "GET") return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "referrer-policy": "no-referrer" } });
    });
    const who = await openFilledForm(page, "Please call after 6.");
    const origins: (string | undefined)[] = [];
    page.on("request", async (r) => {
      if (r.method() === "POST") origins.push((await r.allHeaders()).origin);
    });
    const { status, html } = await submit(page);
    expect(origins).toEqual(["null"]);
    expect(status).toBe(403);
    expectSitePage(html);
    await expect(page.getByRole("alert").filter({ hasText: "We could not accept the form" })).toBeFocused();
    await expect(fields(page).name).toHaveValue(who.name);
    await expectNothingSent(who.name);
  });
});

test("with JavaScript, if the field checks cannot load, a pasted 30 kB letter still gets the schema's message", async ({
  page,
}) => {
  // The review's case 1d: the server action's own 24 kB limit answered this with a 500 and the error page.
  await page.goto("/admissions", { waitUntil: "networkidle" });
  await page.route("**/_next/static/**", (route) => route.abort("internetdisconnected"));
  const letter = "A long letter. ".repeat(2_000);
  const who = person();
  await fillForm(page, who);
  await fields(page).message.fill(letter);
  await fields(page).submit.click();
  await expect(page.getByRole("alert").getByRole("link", { name: /1,500 characters or fewer/ })).toBeVisible();
  await expect(fields(page).message).toHaveValue(letter);
  await expect(fields(page).name).toHaveValue(who.name);
  await expectNothingSent(who.name);
});

/* The same refusals from the Spanish page: the page comes back in Spanish, with the same honest status. */
test.describe("posts to /es/admissions @no-js", () => {
  const SPANISH_NOTICE = "Su solicitud no se envió";

  test("a post over the limit gets the Spanish page with 413 and sends nothing", async ({ baseURL }) => {
    const { form, who, entries } = await filledForm(baseURL!, "x".repeat(TOO_LARGE), "/es/admissions");
    const { status, html } = await postForm(form, entries);
    expect(status).toBe(413);
    expectSitePage(html);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="es"/i);
    expect(html).toContain(SPANISH_NOTICE);
    expect(html).toContain("Era demasiado larga para nuestro formulario");
    expect(html).not.toContain(NOTICE);
    await expectNothingSent(who.name);
  });

  test("another site's Origin gets the Spanish form back with 403, what was typed kept, and nothing sent", async ({
    baseURL,
  }) => {
    const { form, who, entries } = await filledForm(baseURL!, undefined, "/es/admissions");
    const { status, html } = await postForm(form, entries, { headers: { origin: "https://attacker.example" } });
    expect(status).toBe(403);
    expectSitePage(html);
    expect(html).toContain("No pudimos aceptar el formulario desde esta página");
    expect(html).toContain(`value="${who.name}"`);
    expect(html).not.toContain('id="callback-confirmation-title"');
    await expectNothingSent(who.name);
  });

  test("a body that is not a form gets the Spanish page with 400", async ({ baseURL }) => {
    const body = '{"name":"Ann"}';
    const response = await rawRequest(`${baseURL}/es/admissions`, {
      method: "POST",
      headers: { origin: baseURL!, "content-type": "application/json", "content-length": String(body.length) },
      body,
    });
    expect(response.status).toBe(400);
    expectSitePage(response.body);
    expect(response.body).toContain("Lo que nos llegó no se pudo leer como el formulario");
  });

  test("the page nginx asks for after its own 429 says so in Spanish", async ({ baseURL }) => {
    const response = await rawRequest(`${baseURL}/es/admissions?refused=too-many`);
    expect(response.status).toBe(200);
    expect(response.body).toContain(SPANISH_NOTICE);
    expect(response.body).toContain("Llegaron demasiadas solicitudes desde su conexión");
    expect(response.headers["content-security-policy"]).toMatch(/'nonce-/);
  });

  test("in Chromium, pasting a message over the limit shows the Spanish notice with 413, focused", async ({ page }) => {
    await page.goto("/es/admissions");
    const who = person();
    await fillForm(page, who, "es");
    await fields(page, "es").message.fill("z".repeat(TOO_LARGE));
    const { status } = await submit(page, "es");
    expect(status).toBe(413);
    const notice = page.getByRole("alert").filter({ hasText: SPANISH_NOTICE });
    await expect(notice).toBeFocused();
    const phone = program.admissionsPhone;
    await expect(notice.getByRole("link", { name: phone.display })).toHaveAttribute("href", `tel:${phone.e164}`);
    await notice.getByRole("link", { name: "llene el formulario de nuevo" }).click();
    await expect(fields(page, "es").name).toBeFocused();
    await expectNothingSent(who.name);
  });
});
