import { CLS_BUDGET, LIGHTHOUSE_BUDGETS, LIGHTHOUSE_ROUTES } from "../config";
import { FAIL, PASS, SKIP, type Align, ms, num, table } from "../format";
import { CATEGORIES, type MedianRun } from "../lighthouse";
import type { Check, Measurements, Section } from "./types";

const withinBudget = (r: MedianRun) => CATEGORIES.every((c) => r.scores[c] >= LIGHTHOUSE_BUDGETS[c]);

function row(name: string, r: MedianRun, judged: boolean) {
  const failing = CATEGORIES.flatMap((c) => r.failing[c]);
  return [
    name,
    ...CATEGORIES.map((c) => r.scores[c]),
    `${r.perfRange[0]}-${r.perfRange[1]}`,
    num(r.cls, 3),
    ms(r.fcpMs),
    ms(r.lcpMs),
    ms(r.tbtMs),
    judged ? (withinBudget(r) ? PASS : FAIL) : "",
    failing.join(", ") || "–",
  ];
}

/** Category scores of the median runs on LIGHTHOUSE_ROUTES, and CLS on every route. */
export function lighthouse({ lighthouse: lh }: Measurements): Section {
  if (!lh) return { lines: [], checks: [{ name: "Lighthouse", status: SKIP, detail: "--quick" }] };
  const rows = [row("baseline /", lh.baseline, false)];
  let fails = 0;
  for (const [route, r] of lh.full) {
    rows.push(row(route, r, true));
    if (!withinBudget(r)) fails += 1;
  }
  const align: Align[] = ["left", ...Array<Align>(10).fill("right"), "left"];
  const lines = [
    "",
    "## Lighthouse (mobile preset, simulated throttling)",
    "",
    `Budgets: performance >= ${LIGHTHOUSE_BUDGETS.performance}, accessibility, best practices and SEO = 100. Each page, the baseline included, had ${lh.baseline.runs} full runs, taken in turns; each row is Lighthouse's median run for that page (closest to the median FCP and time to interactive), kept whole, and "Perf range" spans all its runs. Reports: tests/bench/.work/lighthouse/<page>-<run>.html. Benchmark index of this machine: ${num(lh.baseline.benchmarkIndex)}.`,
    "",
    table(
      [
        "Page",
        "Perf",
        "A11y",
        "BP",
        "SEO",
        "Perf range",
        "CLS",
        "FCP ms",
        "LCP ms",
        "TBT ms",
        "Result",
        "Audits below 1",
      ],
      rows,
      align,
    ),
  ];
  if (lh.baseline.scores.performance < LIGHTHOUSE_BUDGETS.performance) {
    lines.push(
      "",
      `Note: the bare baseline page itself scores ${lh.baseline.scores.performance} for performance in its median run, below the budget of ${LIGHTHOUSE_BUDGETS.performance}: the machine was too busy for performance scores to mean much (compare each route with the baseline, and rerun when the machine is quiet).`,
    );
  }

  const allCls = [...lh.full.entries(), ...lh.clsOnly.entries()];
  // A route Lighthouse could not measure is not a pass.
  const unmeasured = allCls.filter(([, r]) => typeof r.cls !== "number").map(([route]) => route);
  const measured = allCls.flatMap(([route, r]) => (typeof r.cls === "number" ? [{ route, cls: r.cls }] : []));
  const worst = measured.length ? measured.reduce((a, b) => (b.cls > a.cls ? b : a)) : undefined;
  const checks: Check[] = [
    {
      name: `Lighthouse on ${LIGHTHOUSE_ROUTES.join(", ")}`,
      status: fails ? FAIL : PASS,
      detail: fails ? `${fails} route(s) below budget` : "",
    },
    {
      name: `CLS <= ${CLS_BUDGET} on every route`,
      status: worst && worst.cls <= CLS_BUDGET && unmeasured.length === 0 ? PASS : FAIL,
      detail: [
        worst && `worst ${worst.route} ${num(worst.cls, 3)}`,
        unmeasured.length && `not measured: ${unmeasured.join(", ")}`,
      ]
        .filter(Boolean)
        .join("; "),
    },
  ];
  return { lines, checks };
}
