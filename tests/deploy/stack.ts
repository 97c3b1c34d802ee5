import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The site behind Debian's nginx, as tests/deploy/nginx.conf describes it:
 * a throwaway self-signed certificate made with openssl, nginx started with
 * its own prefix, pid, logs and temp dirs in a temp dir, and `next start`
 * with TRUST_PROXY=1 on loopback. stop() ends both and removes the dir.
 */

export const CONFIG_TEMPLATE = path.resolve("tests/deploy/nginx.conf");

/** NGINX_PATH, else Debian's /usr/sbin/nginx; undefined when that file is not there. */
export function nginxBinary(): string | undefined {
  const candidate = process.env.NGINX_PATH || "/usr/sbin/nginx";
  return existsSync(candidate) ? candidate : undefined;
}

export type StackOptions = {
  nginx: string;
  serverName: string;
  httpPort: number;
  httpsPort: number;
  appPort: number;
  /** The app's environment; without it nothing is started on appPort and the caller runs its own upstream there. */
  appEnv?: Record<string, string>;
};

export type Stack = { dir: string; config: string; stop: () => Promise<void> };

export async function startStack(options: StackOptions): Promise<Stack> {
  const dir = await mkdtemp(path.join(tmpdir(), "iop-nginx-"));
  // nginx's workers drop root for "nobody" and must reach their temp dirs inside.
  await chmod(dir, 0o755);
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const { cert, key } = makeCertificate(dir, options.serverName);
    const config = await renderConfig(dir, { ...options, cert, key });
    if (options.appEnv) {
      children.push(startApp(options.appPort, options.appEnv));
      await waitForHttp(`http://127.0.0.1:${options.appPort}/robots.txt`, children[0]!);
    }
    const nginx = spawn(
      options.nginx,
      ["-p", dir, "-c", config, "-e", path.join(dir, "error.log"), "-g", "daemon off;"],
      {
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    children.push(nginx);
    await waitForPort(options.httpsPort, nginx);
    return { dir, config, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A key and a certificate for `name` (SAN included, as browsers require), valid one day, never written to the repo. */
function makeCertificate(dir: string, name: string) {
  const cert = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  const result = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"].concat([
      "-subj",
      `/CN=${name}`,
      "-addext",
      `subjectAltName=DNS:${name}`,
      "-keyout",
      key,
      "-out",
      cert,
    ]),
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`openssl could not make a certificate: ${result.stderr || result.error}`);
  return { cert, key };
}

/** The recipe with its placeholders filled in; a placeholder left over is an error, not a silent default. */
async function renderConfig(dir: string, o: StackOptions & { cert: string; key: string }): Promise<string> {
  const values: Record<string, string> = {
    RUN_DIR: dir,
    SERVER_NAME: o.serverName,
    HTTP_PORT: String(o.httpPort),
    HTTPS_PORT: String(o.httpsPort),
    HTTPS_PORT_SUFFIX: o.httpsPort === 443 ? "" : `:${o.httpsPort}`,
    CERT: o.cert,
    KEY: o.key,
    APP_PORT: String(o.appPort),
  };
  const text = (await readFile(CONFIG_TEMPLATE, "utf8")).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`nginx.conf: no value for ${whole}`);
    return value;
  });
  const file = path.join(dir, "nginx.conf");
  await writeFile(file, text);
  return file;
}

function startApp(port: number, env: Record<string, string>): ChildProcess {
  const next = path.resolve("node_modules/next/dist/bin/next");
  return spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

function exitedEarly(child: ChildProcess, what: string): Error | undefined {
  if (child.exitCode === null && child.signalCode === null) return undefined;
  return new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it was ready`);
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const early = exitedEarly(child, "next start");
    if (early) throw early;
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const early = exitedEarly(child, "nginx");
    if (early) throw early;
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
