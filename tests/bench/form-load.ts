/**
 * The callback form under load: 50 people fill it in and press send at the
 * same moment, first with JavaScript on (the browser calls the server action
 * and gets its result back), then with JavaScript off (the browser posts the
 * form and gets the whole page back, re-rendered with the result). Each
 * submission carries a unique token in its name and message, so the intake
 * mailbox can be checked for exactly one message per submission. Then a few
 * submissions are posted a second time unchanged (a double click, a resend
 * after a timeout): the idempotency key must stop a second message.
 */
import { randomUUID } from "node:crypto";
import type { ReceivedMail, SmtpSink } from "../support/smtp-sink";
import { FORM } from "./config";
import {
  type ActionResult,
  type Entries,
  type FormValues,
  type ParsedForm,
  type PostResult,
  choicesFor,
  fieldNames,
  fillForm,
  invalidFields,
  isActionField,
  loadForm,
  postForm,
  postFormWithJavaScript,
} from "../support/form-post";
import { percentile, sleep } from "./util";

/** Field names the callback form promises (see the brief for the form). */
export const CONTRACT_FIELDS = [
  "name",
  "phone",
  "email",
  "forWhom",
  "relationship",
  "bestTime",
  "insurance",
  "voicemailOk",
  "message",
  "consent",
  "website",
];

const isCallbackForm = (form: ParsedForm) => form.controls.some((c) => c.name === "phone" || c.name === "consent");

/** The hidden field that makes a resend harmless, found by name. */
export function idempotencyField(form: ParsedForm): string | undefined {
  return form.controls.find(
    (c) => c.type === "hidden" && !isActionField(c.name) && /idem|key|token|nonce|submission|request.?id/i.test(c.name),
  )?.name;
}

function pick(form: ParsedForm, name: string, preferred: string, fallback: string): string {
  const choices = choicesFor(form, name)?.filter((v) => v !== "");
  if (!choices) return fallback;
  return choices.includes(preferred) ? preferred : (choices[0] ?? fallback);
}

/** Valid answers for whichever contract fields the form has; options come from the form itself. */
function answers(form: ParsedForm, i: number, token: string): FormValues {
  const all: FormValues = {
    name: `Bench Caller ${token}`,
    phone: `(555) 555-01${String(i % 100).padStart(2, "0")}`,
    email: `bench.${i}@example.org`,
    forWhom: pick(form, "forWhom", "self", "self"),
    bestTime: pick(form, "bestTime", "morning", "Mornings"),
    insurance: pick(form, "insurance", "", "Example Health Plan"),
    voicemailOk: pick(form, "voicemailOk", "yes", "yes"),
    message: `Load test submission ${token}. Please ignore.`,
    consent: true,
    website: "",
  };
  const present = new Set(fieldNames(form));
  return Object.fromEntries(Object.entries(all).filter(([name]) => present.has(name)));
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

/** One GET per person, as each browser would load the page (ten at a time). */
function loadForms(url: string, match?: (form: ParsedForm) => boolean) {
  return inBatches([...Array(FORM.submissions).keys()], 10, () => loadForm(url, { match }));
}

/** Everyone presses send at the same moment; latency percentiles over all of them. */
type Submission = { form: ParsedForm; entries: Entries };
type Posted = { status: number; ms: number };
type Post<R extends Posted> = (form: ParsedForm, entries: Entries) => Promise<R>;

async function postAllAtOnce<R extends Posted>(submissions: Submission[], post: Post<R>) {
  const results = await Promise.all(submissions.map((s) => post(s.form, s.entries)));
  const ms = results.map((r) => r.ms);
  return {
    results,
    latency: {
      p50: percentile(ms, 50),
      p975: percentile(ms, 97.5),
      p99: percentile(ms, 99),
      max: Math.max(...ms),
    },
  };
}

/**
 * The framework's own floor for the same load: 50 concurrent calls to a server
 * action that does nothing, on the bare baseline app (its /action route).
 */
export type BareAction = Awaited<ReturnType<typeof benchBareAction>>;

export async function benchBareAction(baselineOrigin: string) {
  const url = `${baselineOrigin}/action`;
  const forms = await loadForms(url);
  if (!forms.every((f) => f !== undefined))
    throw new Error(`no server-action form on ${url}; see tests/bench/baseline.ts`);
  await postFormWithJavaScript(forms[0]!, fillForm(forms[0]!, { name: "warm-up" }));
  const submissions = forms.map((form, i) => ({ form, entries: fillForm(form, { name: `bench ${i}` }) }));
  const { results, latency } = await postAllAtOnce(submissions, postFormWithJavaScript);
  return { ok: results.filter((r) => r.status === 200).length, ...latency };
}

export type FormBench = Awaited<ReturnType<typeof benchForm>>;

export async function benchForm({
  origin,
  sink,
  intakeEmail,
  log,
}: {
  origin: string;
  sink: SmtpSink;
  intakeEmail: string;
  log: (line: string) => void;
}) {
  const pageUrl = `${origin}${FORM.route}`;
  const probe = await loadForm(pageUrl, { match: isCallbackForm });
  if (!probe)
    return { available: false as const, reason: `form not available (no server-action form on ${FORM.route})` };

  const notes: string[] = [];
  const missing = CONTRACT_FIELDS.filter((n) => !fieldNames(probe).includes(n));
  if (missing.length) notes.push(`form lacks contract fields: ${missing.join(", ")}`);
  const keyField = idempotencyField(probe);
  if (!keyField) notes.push("no idempotency key field found; replay check skipped");

  const runId = randomUUID().slice(0, 8);
  /** 50 people, each with the form from their own GET, posting at once; `post` is how their browser sends it. */
  async function wave<R extends Posted>(label: string, post: Post<R>, check: (result: R) => string | undefined) {
    const forms = await loadForms(pageUrl, isCallbackForm);
    if (!forms.every((f) => f !== undefined)) throw new Error(`a GET of ${pageUrl} rendered no callback form`);
    const keys = keyField ? forms.map((f) => f.controls.find((c) => c.name === keyField)?.value ?? "") : [];
    const sharedKey = keyField && new Set(keys).size < keys.length;
    if (sharedKey)
      notes.push(`every GET rendered the same ${keyField}: visitors would share one key; the bench sent its own`);
    const submissions = forms.map((form, i) => {
      const token = `bench-${runId}-${label}-${String(i).padStart(3, "0")}`;
      const values = answers(form, i, token);
      if (sharedKey && keyField) values[keyField] = randomUUID();
      return { token, form, entries: fillForm(form, values) };
    });
    log(`  ${label}: ${forms.length} forms loaded; posting all at once`);
    const { results, latency } = await postAllAtOnce(submissions, post);
    const statuses: Record<number, number> = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const rejected = results.map(check).filter((problem) => problem !== undefined);
    if (rejected.length) notes.push(`${label}: ${rejected.length} responses were not a success, e.g. ${rejected[0]}`);
    log(`  ${label}: responses in (p99 ${Math.round(latency.p99)} ms)`);
    return { submissions, timing: { statuses, succeeded: results.length - rejected.length, ...latency } };
  }

  // One submission each way first, outside the timings: the first call loads the action's modules, and a
  // post without JavaScript and an action call take different decoding paths (the bare action gets the same).
  const warmUps: (Submission & { token: string })[] = [];
  for (const [label, post] of [
    ["warm-post", postForm],
    ["warm-action", postFormWithJavaScript],
  ] as const) {
    const form = await loadForm(pageUrl, { match: isCallbackForm });
    if (!form) throw new Error(`a GET of ${pageUrl} rendered no callback form`);
    const token = `bench-${runId}-${label}`;
    const warm = { token, form, entries: fillForm(form, answers(form, 99, token)) };
    await post(warm.form, warm.entries);
    warmUps.push(warm);
  }

  const withJs = await wave("with JavaScript", postFormWithJavaScript, (r: ActionResult) =>
    r.status === 200 && r.result === "sent" ? undefined : `HTTP ${r.status}, result ${r.result ?? "unreadable"}`,
  );
  const withoutJs = await wave("without JavaScript", postForm, (r: PostResult) => {
    const invalid = invalidFields(r.html);
    if (r.status !== 200) return `HTTP ${r.status}`;
    return invalid.length ? `fields marked invalid: ${invalid.join(", ")}` : undefined;
  });
  const submissions = [...withJs.submissions, ...withoutJs.submissions];

  // Decoded text to search in: quoted-printable or base64 would hide a raw match.
  const searchable = (m: ReceivedMail) => [...m.headerLines, m.subject, m.text, m.html].join("\n");
  const intake = () => sink.messages.filter((m) => m.to.includes(intakeEmail));
  const countFor = (token: string) => intake().filter((m) => searchable(m).includes(token)).length;
  log("  waiting for delivery");
  const waitStart = Date.now();
  const all = [...warmUps, ...submissions];
  while (Date.now() - waitStart < FORM.deliveryTimeoutMs && all.some((s) => countFor(s.token) === 0)) {
    await sleep(200);
  }
  const deliveredAfterMs = Date.now() - waitStart;
  await sleep(1500); // late duplicates

  // Sequential, so their timings also show what one post costs with nothing queued ahead of it.
  const replayMs: number[] = [];
  if (keyField) {
    for (const s of submissions.slice(0, FORM.replays)) replayMs.push((await postForm(s.form, s.entries)).ms);
    await sleep(2000);
  }

  const counts = all.map((s) => countFor(s.token));
  const tokens = new Set(all.map((s) => s.token));
  const other =
    sink.messages.length - intake().filter((m) => [...tokens].some((t) => searchable(m).includes(t))).length;
  return {
    available: true as const,
    perWave: FORM.submissions,
    deliveryChecked: all.length,
    withJs: withJs.timing,
    withoutJs: withoutJs.timing,
    delivered: counts.filter((c) => c >= 1).length,
    exactlyOnce: counts.filter((c) => c === 1).length,
    duplicates: counts.filter((c) => c > 1).length,
    missingDeliveries: counts.filter((c) => c === 0).length,
    deliveredAfterMs,
    replayed: replayMs.length,
    singlePostMs: percentile(replayMs, 50),
    otherMessages: other,
    keyField,
    notes,
  };
}
