import { randomBytes } from 'node:crypto';
import { open, rename, unlink, realpath, stat, chmod } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, is flushed to disk, and
 * replaces the target by rename. A failure at any step leaves the target as it was. A symbolic link is
 * written through: its target file is replaced, the link stays. The file keeps its permissions.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const target = await realpath(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return path.resolve(file);
    throw error;
  });
  const mode = await stat(target).then((info) => info.mode & 0o7777, () => null);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode ?? 0o666);
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    if (mode !== null) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}
