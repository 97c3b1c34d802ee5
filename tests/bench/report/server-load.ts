import { LOAD } from "../config";
import { FAIL, PASS, SKIP, kb, ms, num, pct, table } from "../format";
import type { LoadRun } from "../load";
import type { LoadResults, Measurements, Section } from "./types";

const row = (name: string, r: LoadRun, vsBare: string, vsSameSize: string, result: string) => [
  name,
  kb(r.bytes),
  num(r.rps),
  vsBare,
  vsSameSize,
  ms(r.p50),
  ms(r.p975),
  ms(r.p99),
  r.requests,
  r.non2xx + r.errors,
  result,
];

/** The bare page padded to within 10% of a page's HTML size: what `next start` reaches at that size with no project code. */
function sameSizePadded(load: LoadResults, page: LoadRun): LoadRun | undefined {
  const nearest = load.padded.reduce((a, b) =>
    Math.abs(b.bytes - page.bytes) < Math.abs(a.bytes - page.bytes) ? b : a,
  );
  return Math.abs(nearest.bytes - page.bytes) <= page.bytes * 0.1 ? nearest : undefined;
}

/** Requests per second under load: each static page against the bare page padded to its size (budget) and the tiny bare page (reported). */
export function serverLoad({ load }: Measurements): Section {
  if (!load) return { lines: [], checks: [{ name: "Server load", status: SKIP, detail: "--quick" }] };
  const percent = (r: LoadRun) => pct(r.rps / load.baselineRps);
  const rows = [row("baseline / (before)", load.before, "", "", ""), row("baseline / (after)", load.after, "", "", "")];
  const verdicts = load.project.map((r) => {
    const padded = sameSizePadded(load, r);
    const ratio = padded ? r.rps / padded.rps : undefined;
    const errors = r.non2xx + r.errors;
    const ok = ratio !== undefined && ratio >= LOAD.minRpsRatio && errors === 0;
    rows.push(row(r.route, r, percent(r), ratio === undefined ? "–" : pct(ratio), ok ? PASS : FAIL));
    const detail = [
      `${r.route} ${ratio === undefined ? "no bare page within 10% of its size" : `${pct(ratio)} of a same-size bare page`}`,
      `${percent(r)} of the bare /`,
      errors ? `${errors} errors` : "",
    ];
    return { ok, detail: detail.filter(Boolean).join(", ") };
  });
  for (const r of load.padded) rows.push(row(`baseline padded to ${kb(r.bytes)} kB`, r, percent(r), "", "reported"));
  rows.push(row("baseline / with a nonce CSP", load.nonce, percent(load.nonce), "", "reported"));

  const within = load.padded.filter((r) => r.rps / load.baselineRps >= LOAD.minRpsRatio);
  const largestWithin = within.length ? within.reduce((a, b) => (b.bytes > a.bytes ? b : a)) : undefined;
  const smallestPage = load.project.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  const threshold = largestWithin
    ? `The largest padded page still above ${LOAD.minRpsRatio * 100}% of the bare / had ${kb(largestWithin.bytes)} kB of HTML (${percent(largestWithin)}); the smallest page measured here, ${smallestPage.route}, has ${kb(smallestPage.bytes)} kB.`
    : `No padded page reached ${LOAD.minRpsRatio * 100}% of the bare /, not even the smallest (${kb(Math.min(...load.padded.map((r) => r.bytes)))} kB).`;
  const lines = [
    "",
    `## Server load (autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s after ${LOAD.warmupSeconds} s warm-up, Accept-Encoding: gzip)`,
    "",
    `Budget: each static page serves >= ${LOAD.minRpsRatio * 100}% of the requests per second of the bare page padded to the same HTML size (within 10%), with no errors: that is what \`next start\` itself reaches at that size. "vs bare /" is against the mean of the two runs of the tiny bare page (${num(load.baselineRps)} req/s), reported, not budgeted. Latency in ms.`,
    "",
    table(
      [
        "Target",
        "HTML kB",
        "req/s",
        "vs bare /",
        "vs same-size bare",
        "p50",
        "p97.5",
        "p99",
        "Requests",
        "Errors",
        "Result",
      ],
      rows,
      ["left"],
    ),
    "",
    `HTML kB is the page as the server holds it, before gzip. Next hashes every page response for its ETag and then gzips it, so each request costs time in proportion to the page's size, whatever the page holds. The padded rows are the bare page with plain paragraphs added and no project code. ${threshold}`,
    "",
    `CSP choice: "baseline / with a nonce CSP" is the same bare page served the way a nonce requires (a proxy on every request and the page rendered per request). It reached ${percent(load.nonce)} of the static page's req/s. The project's static pages carry a CSP with script hashes written at build time instead, so they are served as the static baseline is.`,
  ];
  const checks = [
    {
      name: `Static pages serve >= ${LOAD.minRpsRatio * 100}% of a same-size bare page's req/s`,
      status: verdicts.every((v) => v.ok) ? PASS : FAIL,
      detail: verdicts.map((v) => v.detail).join("; "),
    } as const,
  ];
  return { lines, checks };
}
