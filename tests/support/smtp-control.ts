import { createServer, type Server } from "node:http";
import { E2E_SMTP_CONTROL_PORT } from "./e2e-env";
import type { ReceivedMail, SinkMode, SmtpSink } from "./smtp-sink";

/**
 * Playwright workers are separate processes, so the SMTP sink started in
 * global setup is reached over a tiny HTTP API on loopback:
 *   GET  /messages            every message received
 *   POST /mode/<accept|421|451|550>
 *   POST /stop, POST /start   stop or resume listening for SMTP
 */
export function startControlServer(sink: SmtpSink, port = E2E_SMTP_CONTROL_PORT): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = `${req.method} ${url.pathname}`;
    const mode = /^POST \/mode\/(accept|421|451|550)$/.exec(route)?.[1];
    if (route === "GET /messages") return send(200, sink.messages);
    if (mode) {
      sink.mode = mode === "accept" ? "accept" : mode === "421" ? "421" : mode === "451" ? "451" : "550";
      return send(200, { mode: sink.mode });
    }
    if (route === "POST /stop") return void sink.stop().then(() => send(200, { listening: false }));
    if (route === "POST /start") return void sink.start().then(() => send(200, { listening: true }));
    send(404, { error: `unknown ${route}` });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

const base = () => `http://127.0.0.1:${E2E_SMTP_CONTROL_PORT}`;

/** For specs: what the intake inbox has received. */
export async function receivedMessages(): Promise<ReceivedMail[]> {
  return (await fetch(`${base()}/messages`)).json();
}

/** Waits until a message whose subject names `reference` arrives; returns all such messages. */
export async function waitForMessages(reference: string, timeoutMs = 10_000): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await receivedMessages()).filter((m) => m.subject.includes(reference));
    if (found.length || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function setSinkMode(mode: SinkMode): Promise<void> {
  await fetch(`${base()}/mode/${mode}`, { method: "POST" });
}
