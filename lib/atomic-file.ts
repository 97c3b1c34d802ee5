import { randomBytes } from "node:crypto";
import { link, mkdir, open, rename, unlink } from "node:fs/promises";
import path from "node:path";

/** Write to a temp file in the same folder, fsync, then rename: readers see the whole file or none. Mode 0600. */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const temp = await writeTempBeside(file, data);
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/**
 * Write to a temp file, fsync, then hard-link it into place: fails with EEXIST
 * instead of overwriting, so two writers of the same name cannot both win.
 */
export async function createFileExclusive(file: string, data: string | Buffer): Promise<boolean> {
  const temp = await writeTempBeside(file, data);
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

/** Folders this process has made, so each write is not also a mkdir. */
const madeDirs = new Set<string>();

/** A synced, owner-only temp file in the target's folder, so a rename or link into place is atomic. */
async function writeTempBeside(file: string, data: string | Buffer): Promise<string> {
  const dir = path.dirname(file);
  const makeDir = async () => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    madeDirs.add(dir);
  };
  if (!madeDirs.has(dir)) await makeDir();
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", 0o600).catch(async (error: unknown) => {
    if (!isErrno(error, "ENOENT")) throw error;
    // Someone removed the folder since (cleared the outbox by hand): make it again.
    await makeDir();
    return open(temp, "wx", 0o600);
  });
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
  } catch (error) {
    // A full disk fails here: leave no half-written temp file behind to fill the folder.
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw error;
  }
  return temp;
}

export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
