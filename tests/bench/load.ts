/**
 * Requests per second and latency under 50 concurrent connections, with
 * autocannon in this process and the servers in theirs. Requests ask for gzip
 * like a browser does, so the cost of compressing each response counts.
 */
import autocannon from "autocannon";
import { LOAD } from "./config";

function cannon(url: string, seconds: number) {
  return autocannon({
    url,
    connections: LOAD.connections,
    duration: seconds,
    headers: { "accept-encoding": "gzip" },
  });
}

/** Size of the response body before compression: what Next hashes and gzips for each request. */
async function htmlBytes(url: string): Promise<number> {
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  return Buffer.byteLength(await res.text());
}

/** Warm-up (discarded) then a measured run against one URL. */
export type LoadRun = Awaited<ReturnType<typeof measureLoad>>;

export async function measureLoad(url: string) {
  const bytes = await htmlBytes(url);
  await cannon(url, LOAD.warmupSeconds);
  const r = await cannon(url, LOAD.seconds);
  return {
    url,
    bytes,
    rps: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}
