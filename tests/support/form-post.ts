/**
 * Posts a React server-action form the way a browser with JavaScript off
 * does: GET the page, read the <form> (its action and the hidden `$ACTION_*`
 * inputs React renders for progressive enhancement), then POST
 * multipart/form-data with those hidden fields plus the visible ones and an
 * Origin header, which Next checks against the Host before running an action.
 * No browser needed, so it can run 50 at a time.
 *
 * Usage:
 *   const form = await loadForm("http://127.0.0.1:3301/admissions");
 *   const entries = fillForm(form, { name: "Ada", consent: true, website: "" });
 *   const { status, html, ms } = await postForm(form, entries);
 */
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";

const SKIPPED_TYPES = new Set(["submit", "button", "reset", "image", "file"]);

export type FormControl = {
  tag: string;
  name: string;
  type: string;
  value: string | undefined;
  checked?: boolean;
  options?: string[];
  required: boolean;
  disabled: boolean;
};

export type ParsedForm = {
  pageUrl: string;
  action: string;
  method: string;
  enctype: string;
  controls: FormControl[];
  isServerAction: boolean;
  cookie: string | undefined;
};

/** What a person typed or chose, by field name; true ticks a checkbox. */
export type FormValues = Record<string, string | boolean>;
export type Entries = [name: string, value: string][];

/** `$ACTION_REF_1`, `$ACTION_1:0`, `$ACTION_ID_…`, `$ACTION_KEY`: React's own fields, posted unchanged. */
export const isActionField = (name: string) => name.startsWith("$ACTION_");

function prop(node: Element, key: string): string | undefined {
  const v = node.properties?.[key];
  if (Array.isArray(v)) return v.join(" ");
  return v === undefined || v === null ? undefined : String(v);
}

function optionValue(option: Element): string {
  return prop(option, "value") ?? toText(option).trim();
}

function readControl(node: Element): FormControl | undefined {
  const tag = node.tagName;
  const name = prop(node, "name");
  if (!name) return undefined;
  const base = {
    tag,
    name,
    required: Boolean(node.properties?.required),
    disabled: Boolean(node.properties?.disabled),
  };
  if (tag === "textarea") return { ...base, type: "textarea", value: toText(node) };
  if (tag === "select") {
    const options = selectAll("option", node).filter((o) => !o.properties?.disabled);
    const selected = options.find((o) => o.properties?.selected) ?? options[0];
    return { ...base, type: "select", options: options.map(optionValue), value: selected ? optionValue(selected) : "" };
  }
  const type = (prop(node, "type") ?? "text").toLowerCase();
  return { ...base, type, value: prop(node, "value"), checked: Boolean(node.properties?.checked) };
}

/**
 * Every <form> in `html`, with its action resolved against `pageUrl` (React
 * leaves it empty, meaning "post back to this page") and its controls in
 * document order.
 */
export function parseForms(html: string, pageUrl: string): ParsedForm[] {
  const tree = fromHtml(html);
  return selectAll("form", tree).map((node) => {
    const controls = selectAll("input, select, textarea", node)
      .map(readControl)
      .filter((c): c is FormControl => c !== undefined && !c.disabled);
    const action = new URL(prop(node, "action") || pageUrl, pageUrl).toString();
    return {
      pageUrl,
      action,
      method: (prop(node, "method") ?? "get").toUpperCase(),
      enctype: prop(node, "encType") ?? "application/x-www-form-urlencoded",
      controls,
      isServerAction: controls.some((c) => c.type === "hidden" && isActionField(c.name)),
      cookie: undefined,
    };
  });
}

/**
 * GETs `pageUrl` and returns its first server-action form for which `match`
 * holds (by default: any), or undefined when the page has none. Cookies the
 * page sets are kept for the POST, as a browser would.
 */
export async function loadForm(
  pageUrl: string,
  { match = () => true }: { match?: (form: ParsedForm) => boolean } = {},
): Promise<ParsedForm | undefined> {
  const res = await fetch(pageUrl, { redirect: "follow" });
  const html = await res.text();
  if (!res.ok) throw new Error(`GET ${pageUrl} answered ${res.status}`);
  const form = parseForms(html, pageUrl).find((f) => f.isServerAction && match(f));
  if (!form) return undefined;
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return { ...form, cookie: cookies.length ? cookies.join("; ") : undefined };
}

/** Names of the form's controls (hidden ones included, React's own left out), once each. */
export function fieldNames(form: ParsedForm): string[] {
  return [...new Set(form.controls.filter((c) => !isActionField(c.name)).map((c) => c.name))];
}

/** Allowed values of a select or radio group, or undefined for a free-text field. */
export function choicesFor(form: ParsedForm, name: string): string[] | undefined {
  const controls = form.controls.filter((c) => c.name === name);
  if (controls[0]?.type === "select") return controls[0].options;
  if (controls.length && controls.every((c) => c.type === "radio")) return controls.map((c) => c.value ?? "on");
  return undefined;
}

/**
 * The name/value pairs a browser would submit after a person typed `values`:
 * hidden fields as rendered (unless overridden), text as given, a checkbox
 * sent with its own value when its entry is true, a radio or select only with
 * one of its real options. A value for a field the form does not have throws,
 * so a renamed field shows up as an error instead of a silent no-op.
 */
export function fillForm(form: ParsedForm, values: FormValues): Entries {
  const known = new Set(form.controls.map((c) => c.name));
  for (const name of Object.keys(values)) {
    if (!known.has(name)) throw new Error(`the form has no field "${name}" (it has: ${fieldNames(form).join(", ")})`);
  }
  const entries: Entries = [];
  for (const name of Object.keys(values)) {
    const choices = choicesFor(form, name);
    const v = values[name];
    if (choices && typeof v === "string" && !choices.includes(v)) {
      throw new Error(`"${v}" is not an option of "${name}" (options: ${choices.join(", ")})`);
    }
  }
  for (const c of form.controls) {
    if (SKIPPED_TYPES.has(c.type)) continue;
    const given = Object.hasOwn(values, c.name) ? values[c.name] : undefined;
    if (c.type === "checkbox") {
      const on = given === undefined ? c.checked : given === true || given === (c.value ?? "on");
      if (on) entries.push([c.name, c.value ?? "on"]);
    } else if (c.type === "radio") {
      const on = given === undefined ? c.checked : given === (c.value ?? "on");
      if (on) entries.push([c.name, c.value ?? "on"]);
    } else {
      entries.push([c.name, given === undefined ? (c.value ?? "") : String(given)]);
    }
  }
  return entries;
}

/**
 * POSTs `entries` to the form's action as the browser would, with an Origin
 * equal to the server's. Redirects are not followed, so a 303 after a
 * successful action is visible. `ms` includes reading the whole body.
 */
export type PostResult = { status: number; location: string | undefined; html: string; ms: number };

export async function postForm(
  form: ParsedForm,
  entries: Entries,
  { headers = {} }: { headers?: Record<string, string> } = {},
): Promise<PostResult> {
  const multipart = form.enctype.toLowerCase() === "multipart/form-data";
  const body = multipart ? new FormData() : new URLSearchParams();
  for (const [name, value] of entries) body.append(name, value);
  const { res, text, ms } = await send(form, body, { accept: "text/html,application/xhtml+xml", ...headers });
  return { status: res.status, location: res.headers.get("location") ?? undefined, html: text, ms };
}

/** One POST from the form's page, as a browser sends it: same Origin, Referer and cookies; the timing includes the body. */
async function send(form: ParsedForm, body: FormData | URLSearchParams, headers: Record<string, string>) {
  const started = performance.now();
  const res = await fetch(form.action, {
    method: "POST",
    body,
    redirect: "manual",
    headers: {
      origin: new URL(form.action).origin,
      referer: form.pageUrl,
      ...(form.cookie ? { cookie: form.cookie } : {}),
      ...headers,
    },
  });
  const text = await res.text();
  return { res, text, ms: performance.now() - started };
}

/** Names of fields a re-rendered form marks aria-invalid="true", i.e. what the server rejected. */
export function invalidFields(html: string): string[] {
  return selectAll('[aria-invalid="true"]', fromHtml(html))
    .map((n) => prop(n, "name") ?? prop(n, "id") ?? n.tagName)
    .filter((name) => name !== "");
}

/**
 * POSTs the same form the way React does when JavaScript is on: the server
 * action is called directly (a `Next-Action` header naming it), with the
 * form's entries under the `_1_` prefix and the action's bound arguments (the
 * previous state) followed by a reference to those entries, and answers with
 * the action's result as an RSC payload instead of a re-rendered page. The
 * encoding is what Chromium sends for this form (see tests/bench/README.md,
 * "Callback form"); `result` is the action's returned status, read from the payload.
 */
export type ActionResult = { status: number; result: string | undefined; payload: string; ms: number };

export async function postFormWithJavaScript(form: ParsedForm, entries: Entries): Promise<ActionResult> {
  // A bound action (useActionState) is named in $ACTION_n:0; a plain one by a $ACTION_ID_<id> field.
  const meta = form.controls.find((c) => /^\$ACTION_\d+:0$/.test(c.name));
  const bound = form.controls.find((c) => /^\$ACTION_\d+:1$/.test(c.name));
  const plain = form.controls.find((c) => c.name.startsWith("$ACTION_ID_"));
  const actionId = meta
    ? (JSON.parse(meta.value ?? "{}") as { id?: string }).id
    : plain?.name.slice("$ACTION_ID_".length);
  if (!actionId) throw new Error("the form names no server action ($ACTION_n:0 or $ACTION_ID_)");
  const body = new FormData();
  for (const [name, value] of entries) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([...(bound ? (JSON.parse(bound.value ?? "[]") as unknown[]) : []), "$K1"]));
  const { res, text, ms } = await send(form, body, { accept: "text/x-component", "next-action": actionId });
  return { status: res.status, result: /"status":"(\w+)"/.exec(text)?.[1], payload: text, ms };
}
