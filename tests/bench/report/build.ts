/**
 * The report: one renderer per section, each returning its Markdown and the
 * budgets it judged; the budgets table at the end lists them all. The same
 * text goes to the console and to tests/bench/results.md.
 */
import { FAIL, table } from "../format";
import { callbackForm } from "./callback-form";
import { header } from "./header";
import { lighthouse } from "./lighthouse";
import { pageWeight } from "./page-weight";
import { serverLoad } from "./server-load";
import { slowPhone } from "./slow-phone";
import type { Check, Measurements } from "./types";

const SECTIONS = [header, pageWeight, slowPhone, lighthouse, serverLoad, callbackForm];

function budgets(checks: Check[]): string[] {
  const failed = checks.filter((c) => c.status === FAIL).length;
  return [
    "",
    "## Budgets",
    "",
    table(
      ["Budget", "Result", "Detail"],
      checks.map((c) => [c.name, c.status, c.detail]),
      ["left", "left", "left"],
    ),
    "",
    failed ? `**${failed} budget(s) failed.**` : "**All measured budgets pass.**",
  ];
}

export function buildReport(measurements: Measurements): { text: string; failed: number } {
  const sections = SECTIONS.map((render) => render(measurements));
  const checks = sections.flatMap((s) => s.checks);
  const lines = [...sections.flatMap((s) => s.lines), ...budgets(checks)];
  return { text: lines.join("\n"), failed: checks.filter((c) => c.status === FAIL).length };
}
