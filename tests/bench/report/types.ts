import type { Baseline } from "../baseline";
import type { BareAction, FormBench } from "../form-load";
import type { Status } from "../format";
import type { LighthouseRun, MedianRun } from "../lighthouse";
import type { LoadRun } from "../load";
import type { PageSize } from "../sizes";
import type { SlowLoad } from "../slow-phone";
import type { Machine } from "../util";

/** One line of the budgets table. */
export type Check = { name: string; status: Status; detail: string };

/** One section of the report: its Markdown lines and the budgets it judged. */
export type Section = { lines: string[]; checks: Check[] };

export type RunInfo = {
  machine: Machine;
  commit: string;
  mode: "quick" | "full";
  chromium: string;
  seconds: string;
  buildSeconds?: string;
};

export type SlowPhoneMedian = SlowLoad & { lcpRange: [number | undefined, number | undefined] };

export type LighthouseResults = {
  baseline: MedianRun;
  full: Map<string, MedianRun>;
  clsOnly: Map<string, Omit<LighthouseRun, "lhr">>;
};

export type LoadResults = {
  before: LoadRun;
  after: LoadRun;
  /** Mean of the two runs of the bare /, before and after the rest. */
  baselineRps: number;
  project: (LoadRun & { route: string })[];
  padded: LoadRun[];
  nonce: LoadRun;
};

/** Everything one run measured; the parts a --quick run skips are undefined. */
export type Measurements = {
  info: RunInfo;
  baseline: Baseline;
  baseSize: PageSize;
  sizes: PageSize[];
  slowPhone?: Map<string, SlowPhoneMedian>;
  lighthouse?: LighthouseResults;
  load?: LoadResults;
  form?: FormBench;
  /** The bare app's do-nothing server action under the same load, for scale. */
  bareAction?: BareAction;
};
