import { FORM } from "../config";
import { FAIL, PASS, SKIP, ms, table } from "../format";
import type { Check, Measurements, Section } from "./types";

/** 50 submissions at once, with and without JavaScript: latency, success and delivery exactly once. */
export function callbackForm({ form, bareAction }: Measurements): Section {
  if (!form?.available) {
    const reason = form ? form.reason : "--quick";
    return {
      lines: form ? ["", "## Callback form", "", reason] : [],
      checks: [{ name: "Callback form under load", status: SKIP, detail: reason }],
    };
  }
  const waves = [
    { label: "with JavaScript (action call)", t: form.withJs, budgeted: true },
    { label: "without JavaScript (post + page)", t: form.withoutJs, budgeted: false },
  ];
  const latencyOk = form.withJs.p99 < FORM.p99BudgetMs;
  const deliveryOk = form.exactlyOnce === form.deliveryChecked && form.duplicates === 0;
  const failedPosts = waves.filter((w) => w.t.succeeded < form.perWave);
  const lines = [
    "",
    `## Callback form (${form.perWave} concurrent submissions to a local SMTP server, twice)`,
    "",
    `Each of ${form.perWave} clients GETs the page, then all post at once (after one warm-up submission each way, left out of the timings); latency includes reading the response. With JavaScript the browser calls the server action and gets back its result; without JavaScript it posts the form and gets back the whole page, re-rendered with the result, so that wave also measures a full render of /admissions per post. The p99 budget (${FORM.p99BudgetMs} ms) applies to the action call. Delivery counts messages to the intake address carrying each submission's unique token (both waves and the warm-ups); ${form.replayed} submissions were then posted again unchanged (same ${form.keyField ?? "key"}), which must not send a second message.`,
    "",
    table(
      ["Wave", "Succeeded", "HTTP status", "p50", "p97.5", "p99", "max", "Result"],
      waves.map((w) => [
        w.label,
        `${w.t.succeeded}/${form.perWave}`,
        Object.entries(w.t.statuses)
          .map(([s, n]) => `${s}×${n}`)
          .join(" "),
        ms(w.t.p50),
        ms(w.t.p975),
        ms(w.t.p99),
        ms(w.t.max),
        w.budgeted ? (w.t.p99 < FORM.p99BudgetMs ? PASS : FAIL) : "reported",
      ]),
      ["left", "right"],
    ),
    "",
    table(
      ["Delivered exactly once", "Duplicates", "Missing", "All delivered after", "Result"],
      [
        [
          `${form.exactlyOnce}/${form.deliveryChecked}`,
          form.duplicates,
          form.missingDeliveries,
          `${ms(form.deliveredAfterMs)} ms`,
          deliveryOk ? PASS : FAIL,
        ],
      ],
      ["right"],
    ),
  ];
  if (bareAction) {
    lines.push(
      "",
      `The framework's floor, for scale: 50 concurrent calls to a server action that does nothing, on the bare baseline app (its /action route), answered ${bareAction.ok}/50 with 200, p50 ${ms(bareAction.p50)} ms, p99 ${ms(bareAction.p99)} ms.`,
    );
  }
  if (form.replayed) {
    lines.push("", `One post at a time (the replays without JavaScript, median): ${ms(form.singlePostMs)} ms.`);
  }
  if (form.otherMessages) lines.push("", `Other messages received (e.g. confirmations): ${form.otherMessages}`);
  for (const note of form.notes) lines.push("", `Note: ${note}`);
  const checks: Check[] = [
    {
      name: `Form action p99 < ${FORM.p99BudgetMs} ms under ${form.perWave} concurrent submissions`,
      status: latencyOk ? PASS : FAIL,
      detail: `p99 ${ms(form.withJs.p99)} ms (without JavaScript, page included: ${ms(form.withoutJs.p99)} ms)`,
    },
    {
      name: "Form: every submission succeeded, with and without JavaScript",
      status: failedPosts.length === 0 ? PASS : FAIL,
      detail: failedPosts.map((w) => `${w.label}: ${w.t.succeeded}/${form.perWave}`).join(", "),
    },
    {
      name: "Form: every submission delivered exactly once",
      status: deliveryOk ? PASS : FAIL,
      detail: `${form.exactlyOnce}/${form.deliveryChecked}, ${form.duplicates} duplicated, ${form.missingDeliveries} missing`,
    },
  ];
  return { lines, checks };
}
