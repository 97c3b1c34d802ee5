import { rm } from "node:fs/promises";
import { E2E_DATA_DIR } from "../support/e2e-env";

/** Each run starts with an empty outbox and mailbox. */
export default async function globalSetup() {
  await rm(E2E_DATA_DIR, { recursive: true, force: true });
}
