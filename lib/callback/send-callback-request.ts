import { buildCallbackEmail, domainOf } from "./email";
import type { Outbox, OutboxLog } from "@/lib/outbox/outbox";
import type { CallbackRequest } from "./schema";

export type SendDeps = {
  outbox: Outbox;
  clock: () => Date;
  newReference: () => string;
  mail: { from: string; to: string };
  log: OutboxLog;
  /** Starts the outbox worker on what was just queued (OutboxWorker.kick). */
  deliverSoon: () => void;
};

export type SendResult = {
  reference: string;
  /** "queued": safe on disk, the worker delivers it; "duplicate": this submission was already received. */
  delivery: "queued" | "duplicate";
};

/**
 * Takes a validated request to the intake inbox: queue it durably once per
 * submission key and wake the outbox worker. Resolves as soon as the message
 * is on disk, the point where the person may be told it was received: their
 * wait never depends on the mail server, and the worker sends one message at a
 * time, so a burst of requests is answered first and mailed just after.
 */
export async function sendCallbackRequest(request: CallbackRequest, deps: SendDeps): Promise<SendResult> {
  const receivedAt = deps.clock();
  const { reference, duplicate } = await deps.outbox.enqueueOnce(
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

  deps.deliverSoon();
  return { reference, delivery: "queued" };
}
