import { PROJECT_DIR } from "../config";
import { installedVersion } from "../util";
import type { Measurements, Section } from "./types";

export function header({ info, baseline }: Measurements): Section {
  const versions = [
    `node ${process.version}`,
    `next ${baseline.versions.next}`,
    `react ${baseline.versions.react}`,
    `react-dom ${baseline.versions["react-dom"]}`,
    `chromium ${info.chromium}`,
    `lighthouse ${installedVersion(PROJECT_DIR, "lighthouse")}`,
    `autocannon ${installedVersion(PROJECT_DIR, "autocannon")}`,
  ].join(", ");
  const build = info.buildSeconds ? ` (project build ${info.buildSeconds} s)` : "";
  return {
    lines: [
      "# npm run bench",
      "",
      `- Run: ${new Date().toISOString()}, ${info.mode} mode, ${info.seconds} s${build}, commit ${info.commit}`,
      `- Machine: ${info.machine.cpu}, ${info.machine.cores} cores, ${info.machine.memoryGb} GB RAM, ${info.machine.os}; load average at start ${info.machine.loadAtStart}`,
      `- Versions: ${versions}`,
      "- Baseline: a bare App Router page (one heading, one paragraph) built from the same next/react/react-dom. Only ratios within one run mean anything on a shared machine.",
    ],
    checks: [],
  };
}
