import { sizeBudgetFor } from "../config";
import { FAIL, PASS, kb, num, signedKb, table } from "../format";
import type { PageSize } from "../sizes";
import type { Check, Measurements, Section } from "./types";

const total = (s: PageSize) => s.bytes.js + s.bytes.css + s.bytes.html;

/** Bytes per route against the bare page, and whether any request left loopback (page loads and Lighthouse runs). */
export function pageWeight({ baseSize, sizes, lighthouse }: Measurements): Section {
  const cls = (route: string) => lighthouse?.full.get(route)?.cls ?? lighthouse?.clsOnly.get(route)?.cls;
  const rows = [
    [
      "baseline /",
      kb(baseSize.bytes.js),
      kb(baseSize.bytes.css),
      kb(baseSize.bytes.html),
      kb(total(baseSize)),
      "",
      "",
      "",
      num(lighthouse?.baseline.cls, 3),
      "",
    ],
  ];
  let fails = 0;
  for (const s of sizes) {
    const budget = sizeBudgetFor(s.route);
    const dJs = s.bytes.js - baseSize.bytes.js;
    const dTotal = total(s) - total(baseSize);
    const ok = dJs <= budget.jsKb * 1000 && dTotal <= budget.totalKb * 1000;
    if (!ok) fails += 1;
    rows.push([
      s.route,
      kb(s.bytes.js),
      kb(s.bytes.css),
      kb(s.bytes.html),
      kb(total(s)),
      signedKb(dJs),
      signedKb(dTotal),
      `+${budget.jsKb} / +${budget.totalKb}`,
      num(cls(s.route), 3),
      ok ? PASS : FAIL,
    ]);
  }
  const lines = [
    "",
    "## Page weight (gzip as served, kB = 1000 bytes)",
    "",
    "HTML document + every same-origin script and stylesheet the page loads in Chromium (375 px wide). Δ is the difference from the baseline page. CLS is Lighthouse's (mobile).",
    "",
    table(["Route", "JS", "CSS", "HTML", "Total", "Δ JS", "Δ Total", "Budget Δ JS / Δ Total", "CLS", "Result"], rows, [
      "left",
    ]),
  ];
  const uncompressed = [...new Set(sizes.flatMap((s) => s.notCompressed))];
  if (uncompressed.length) lines.push("", `Served without compression: ${uncompressed.join(", ")}`);
  const errors = sizes.filter((s) => s.pageErrors.length);
  if (errors.length) {
    lines.push("", `Script errors in the page: ${errors.map((s) => `${s.route}: ${s.pageErrors[0]}`).join("; ")}`);
  }

  const offsite = [...baseSize.offsite, ...sizes.flatMap((s) => s.offsite)];
  if (lighthouse) {
    for (const r of [...lighthouse.full.values(), ...lighthouse.clsOnly.values()]) offsite.push(...r.offsite);
  }
  const offsiteUnique = [...new Set(offsite)];
  const checks: Check[] = [
    {
      name: "Page weight within budget on every route",
      status: fails ? FAIL : PASS,
      detail: fails ? `${fails} route(s) over` : `${sizes.length} routes`,
    },
    {
      name: "No request leaves loopback (fonts, CDNs, analytics)",
      status: offsiteUnique.length ? FAIL : PASS,
      detail: offsiteUnique.slice(0, 5).join(", "),
    },
  ];
  return { lines, checks };
}
