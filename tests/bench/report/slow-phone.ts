import { SLOW_PHONE_ROUNDS } from "../config";
import { ms, num, table } from "../format";
import { SLOW_PHONE } from "../slow-phone";
import type { Measurements, Section } from "./types";

export function slowPhone({ slowPhone: medians }: Measurements): Section {
  if (!medians) return { lines: [], checks: [] };
  const bare = medians.get("baseline /");
  const rows = [...medians].map(([page, r]) => [
    page,
    ms(r.fcp),
    ms(r.lcp),
    `${ms(r.lcpRange[0])}-${ms(r.lcpRange[1])}`,
    page === "baseline /" || r.lcp === undefined || bare?.lcp === undefined ? "" : `+${ms(r.lcp - bare.lcp)}`,
    ms(r.stylesheetDone),
    `${ms(r.firstScriptDone)}-${ms(r.lastScriptDone)}`,
  ]);
  const lines = [
    "",
    "## Slow phone, loaded for real (reported, not budgeted)",
    "",
    `Each page loaded ${SLOW_PHONE_ROUNDS} times with an empty cache, in turns, in Chromium throttled to Lighthouse's mobile figures (${SLOW_PHONE.requestLatencyMs} ms request latency, ${num(SLOW_PHONE.downloadThroughputKbps / 1024, 2)} Mbps down, CPU ${SLOW_PHONE.cpuSlowdownMultiplier} times slower; DevTools throttling); each row is the run with the median LCP. This is what a reader waits for; Lighthouse's performance score is a simulation made from an unthrottled load. Times in ms from navigation start; "Stylesheet" and "Scripts" say when their last byte arrived (first to last script).`,
    "",
    table(["Page", "FCP", "LCP", "LCP range", "LCP vs bare", "Stylesheet", "Scripts"], rows, ["left"]),
  ];
  return { lines, checks: [] };
}
