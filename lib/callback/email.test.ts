import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { callbackSchemaFor } from "@/lib/callback/schema";
import { minimalSubmission, validSubmission } from "@/tests/support/callback-fixtures";
import { buildCallbackEmail, domainOf, escapeHtml } from "./email";
import { createMailboxTransport } from "@/lib/mail/mailbox";

const callbackSchema = callbackSchemaFor("en");

const ctx = {
  reference: "K7M4QX2P",
  receivedAt: new Date("2026-11-20T22:15:00Z"),
  from: "Website <no-reply@example.org>",
  to: "intake@example.org",
  messageIdHost: "example.org",
  submissionId: "abc123def456",
};

describe("buildCallbackEmail", () => {
  const request = callbackSchema.parse(validSubmission);
  const mail = buildCallbackEmail(request, ctx);

  it("has a neutral subject that names no person and no condition", () => {
    expect(mail.subject).toBe(`Callback request ${ctx.reference}`);
    expect(mail.subject).not.toContain(request.name);
  });

  it("goes to intake from MAIL_FROM, with the validated address as Reply-To", () => {
    expect(mail.to).toBe(ctx.to);
    expect(mail.from).toBe(ctx.from);
    expect(mail.replyTo).toBe(validSubmission.email);
  });

  it("has no Reply-To when no email was given", () => {
    expect(buildCallbackEmail(callbackSchema.parse(minimalSubmission), ctx).replyTo).toBeUndefined();
  });

  it("puts the voicemail answer first and plainly", () => {
    const lines = mail.text.split("\n").filter(Boolean);
    expect(lines[1]).toMatch(/^VOICEMAIL: NO\b/);
    const yes = buildCallbackEmail(callbackSchema.parse(minimalSubmission), ctx);
    expect(yes.text.split("\n").filter(Boolean)[1]).toMatch(/^VOICEMAIL: YES\b/);
    expect(mail.text).toContain("Voicemail naming the program: NOT OK");
  });

  it("carries every answer and the reference in the text", () => {
    for (const value of [
      request.name,
      request.phone.display,
      request.phone.e164,
      request.relationship!,
      request.message!,
    ]) {
      expect(mail.text).toContain(value);
    }
    expect(mail.text).toContain(`Reference: ${ctx.reference}`);
  });

  it("escapes what people typed in the HTML part", () => {
    const withMarkup = callbackSchema.parse({
      ...minimalSubmission,
      message: `<img src=x onerror="alert(1)"> & 'quotes'`,
    });
    const html = buildCallbackEmail(withMarkup, ctx).html;
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;");
  });

  it("uses a Message-ID on the sender's domain", () => {
    expect(mail.messageId).toBe(`<callback-${ctx.reference}-${ctx.submissionId}@example.org>`);
    expect(domainOf("Website <no-reply@mail.example.net>")).toBe("mail.example.net");
  });

  it("escapes all five HTML specials", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("buildCallbackEmail for each language for the call", () => {
  const fromSpanishPage = (change: Record<string, string> = {}) =>
    buildCallbackEmail(callbackSchemaFor("es").parse({ ...validSubmission, ...change }), ctx);
  const bannerOf = (mail: { text: string }) => mail.text.split("\n").filter(Boolean)[2];

  it("marks a Spanish call in the subject, under the voicemail line and in a row, and keeps staff words English", () => {
    const mail = fromSpanishPage();
    expect(mail.subject).toBe(`Callback request ${ctx.reference} (Spanish)`);
    expect(mail.text.split("\n").filter(Boolean)[1]).toMatch(/^VOICEMAIL: NO\b/);
    expect(bannerOf(mail)).toBe(
      "LANGUAGE: SPANISH. Call in Spanish, or with a qualified interpreter. Sent from the Spanish pages.",
    );
    expect(mail.text).toContain("Preferred language: Spanish");
    // The choices as intake knows them, never the Spanish form's words.
    for (const row of [
      "Call is about: Someone the caller cares about",
      "Best time: Evening",
      "Insurance: Medicaid",
      "Agreed to be contacted: Yes",
    ])
      expect(mail.text).toContain(row);
    expect(mail.text).not.toMatch(/Por la noche|Para alguien/);
    expect(mail.html).toContain(escapeHtml(bannerOf(mail)!));
  });

  it('marks what a person wrote on the Spanish pages lang="es" in the HTML part, and nothing else', () => {
    const mail = fromSpanishPage();
    expect(mail.html).toContain(`<p style="white-space:pre-wrap" lang="es">${escapeHtml(validSubmission.message)}</p>`);
    expect(mail.html.match(/lang="es"/g)).toHaveLength(1);
    expect(mail.html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(buildCallbackEmail(callbackSchema.parse(validSubmission), ctx).html).not.toContain('lang="es"');
  });

  it("asks for an interpreter for another language, named or not", () => {
    const named = fromSpanishPage({ callLanguage: "other", callLanguageOther: "Vietnamese" });
    expect(named.subject).toBe(`Callback request ${ctx.reference} (another language)`);
    expect(bannerOf(named)).toBe(
      "LANGUAGE: ANOTHER LANGUAGE (Vietnamese). Book a qualified interpreter before calling. Sent from the Spanish pages.",
    );
    expect(named.text).toContain("Preferred language: Another language: Vietnamese, with an interpreter");
    const unnamed = buildCallbackEmail(callbackSchema.parse({ ...validSubmission, callLanguage: "other" }), ctx);
    expect(bannerOf(unnamed)).toBe(
      "LANGUAGE: ANOTHER LANGUAGE. Book a qualified interpreter before calling. Ask which language first.",
    );
    expect(unnamed.text).toContain("Preferred language: Another language: (not given), with an interpreter");
  });

  it("keeps the subject of an English call unmarked, and says where a request came from", () => {
    const english = buildCallbackEmail(callbackSchema.parse(validSubmission), ctx);
    expect(english.subject).toBe(`Callback request ${ctx.reference}`);
    expect(bannerOf(english)).toBe("LANGUAGE: ENGLISH. Call in English.");
    const spanishPage = fromSpanishPage({ callLanguage: "en" });
    expect(spanishPage.subject).toBe(`Callback request ${ctx.reference}`);
    expect(bannerOf(spanishPage)).toBe("LANGUAGE: ENGLISH. Call in English. Sent from the Spanish pages.");
    expect(spanishPage.text).toContain("Preferred language: English");
    const fromEnglishPage = buildCallbackEmail(callbackSchema.parse({ ...validSubmission, callLanguage: "es" }), ctx);
    expect(fromEnglishPage.subject).toBe(`Callback request ${ctx.reference} (Spanish)`);
    expect(bannerOf(fromEnglishPage)).toBe("LANGUAGE: SPANISH. Call in Spanish, or with a qualified interpreter.");
  });

  it("never puts the person's words in the subject, whatever the language", () => {
    const mail = fromSpanishPage({ callLanguage: "other", callLanguageOther: "Tagalog" });
    expect(mail.subject).not.toContain("Tagalog");
    expect(mail.subject).not.toContain(validSubmission.name);
  });
});

describe("createMailboxTransport", () => {
  it("writes a parseable .eml file that only its owner can read", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mailbox-"));
    try {
      const transport = createMailboxTransport(dir);
      const mail = buildCallbackEmail(callbackSchema.parse(validSubmission), ctx);
      const receipt = await transport.send(mail);
      expect(receipt.via).toBe("mailbox");
      const names = await readdir(dir);
      expect(names).toEqual([path.basename(receipt.via === "mailbox" ? receipt.file : "")]);
      expect(names[0]).toMatch(new RegExp(`${ctx.reference}\\.eml$`));
      const file = path.join(dir, names[0]!);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const parsed = await simpleParser(await readFile(file));
      expect(parsed.subject).toBe(mail.subject);
      expect(parsed.replyTo?.value[0]?.address).toBe(validSubmission.email);
      expect(parsed.text).toContain(validSubmission.message);
      expect(parsed.messageId).toBe(mail.messageId);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
