import { expect } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { crisisLines } from "@/content/crisis-lines";
import { program } from "@/content/program";
import { fillForm as formEntries, type ParsedForm } from "./form-post";
import { person } from "./callback-page";
import { receivedMessages } from "./smtp-control";

/** Shared by tests/e2e/refusals.spec.ts and behind-nginx.spec.ts: what every refusal a person can reach must be. */

/** The site's own page, in its frame: the admissions phone and the crisis lines, never Next's bare error text. */
export function expectSitePage(html: string) {
  expect(html, "an HTML page, not a bare error").toMatch(/^<!DOCTYPE html>/i);
  expect(html).not.toContain("Internal Server Error");
  expect(html).toContain(`href="tel:${program.admissionsPhone.e164}"`);
  expect(html).toContain(program.admissionsPhone.display);
  for (const line of crisisLines) expect(html).toContain(`href="${line.href}"`);
  expect(html).toContain("988");
}

/** Gives the server's outbox worker time to send, then checks that intake got nothing naming this person. */
export async function expectNothingSent(name: string, waitMs = 1_000) {
  await new Promise((r) => setTimeout(r, waitMs));
  expect((await receivedMessages()).filter((m) => m.text.includes(name))).toHaveLength(0);
}

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * One HTTP request with nothing added: any method (fetch refuses TRACE), any
 * Host, any body. For https, `servername` sets SNI and the test's own
 * self-signed certificate is accepted.
 */
export function rawRequest(
  url: string,
  {
    method = "GET",
    headers = {},
    body,
    connectTo,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer; connectTo?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  const secure = target.protocol === "https:";
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        host: connectTo ?? target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        headers: { host: target.host, ...headers },
        ...(secure ? { servername: target.hostname, rejectUnauthorized: false } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** A new person's answers to the form, as the name/value pairs a browser without JavaScript posts. */
export function personEntries(form: ParsedForm, message = "Please call after 6.") {
  const who = person();
  const entries = formEntries(form, {
    name: who.name,
    phone: who.phone,
    forWhom: "self",
    voicemailOk: "no",
    message,
    consent: true,
  });
  return { who, entries };
}

/** The entries as a multipart body with its exact length, for a raw request. */
export async function multipartBody(entries: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  const encoded = new Response(data);
  const body = Buffer.from(await encoded.arrayBuffer());
  return { body, contentType: encoded.headers.get("content-type")!, length: String(body.length) };
}
