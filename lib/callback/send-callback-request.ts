import { buildCallbackEmail, domainOf } from "@/lib/mail/build-callback-email";
import type { MailTransport } from "@/lib/mail/transport";
import type { Outbox, OutboxLog } from "@/lib/outbox/outbox";
import type { CallbackRequest } from "./schema";

export type SendDeps = {
  outbox: Outbox;
  transport: MailTransport;
  clock: () => Date;
  newReference: () => string;
  mail: { from: string; to: string };
  log: OutboxLog;
  /** Called when the first try did not deliver, so a retry gets scheduled. */
  onQueued?: () => void;
  /**
   * How long the person waits for the first try. The message is already on disk
   * when this wait starts, so answering early loses nothing; the try goes on.
   */
  ackWithinMs?: number;
};

export type SendResult = {
  reference: string;
  /** "sent": delivered now; "queued": safe in the outbox, retried later; "duplicate": this submission was already received. */
  delivery: "sent" | "queued" | "failed" | "duplicate";
};

/**
 * Takes a validated request to the intake inbox: queue it durably once per
 * submission key, then try it at once. Resolves only after the message is on
 * disk, which is the point where the person may be told it was received.
 */
export async function sendCallbackRequest(request: CallbackRequest, deps: SendDeps): Promise<SendResult> {
  const receivedAt = deps.clock();
  const { id, reference, duplicate } = await deps.outbox.enqueueOnce(
    request.submissionKey,
    deps.newReference,
    (ref, submissionId) =>
      buildCallbackEmail(request, {
        reference: ref,
        receivedAt,
        from: deps.mail.from,
        to: deps.mail.to,
        messageIdHost: domainOf(deps.mail.from),
        submissionId: submissionId.slice(0, 12),
      }),
  );
  if (duplicate) {
    deps.log.info(`callback request ${reference}: repeated submission, not sent again`);
    return { reference, delivery: "duplicate" };
  }
  deps.log.info(`callback request ${reference}: received and queued`);

  const attempt = deps.outbox.deliver(id, deps.transport).then((outcome) => {
    if (outcome.status === "retry") deps.onQueued?.();
    return outcome.status === "sent" ? "sent" : outcome.status === "failed" ? "failed" : "queued";
  });
  attempt.catch((error: unknown) => {
    deps.log.error(
      `callback request ${reference}: first try crashed (${error instanceof Error ? error.message : "unknown"}); it stays queued`,
    );
    deps.onQueued?.();
  });
  const waited = await Promise.race([
    attempt.catch(() => "queued" as const),
    new Promise<"queued">((resolve) => setTimeout(() => resolve("queued"), deps.ackWithinMs ?? 4_000).unref()),
  ]);
  return { reference, delivery: waited };
}
