import { randomBytes } from 'node:crypto';
import { open, rename, unlink, realpath, stat, chmod } from 'node:fs/promises';
import path from 'node:path';

/** A file or folder that minutes will not write to. */
export class ReadOnlyError extends Error {
  override name = 'ReadOnlyError';
}

/**
 * Writes a file atomically: the text goes to a temporary file beside the target, is flushed to disk, and
 * replaces the target by rename. A failure at any step leaves the target as it was and removes the
 * temporary file. A symbolic link is written through: its target file is replaced, the link stays. The
 * file keeps its permissions. A file or folder without write permission is refused (ReadOnlyError),
 * even for root, who could otherwise replace it.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const target = await realpath(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return path.resolve(file);
    throw error;
  });
  const info = await stat(target).catch(() => null);
  const mode = info ? info.mode & 0o7777 : null;
  if (info && !info.isFile()) throw new ReadOnlyError(`${file} is not a regular file`);
  if (mode !== null && (mode & 0o222) === 0) throw new ReadOnlyError(`${file} is read-only`);
  const folder = await stat(path.dirname(target)).catch(() => null);
  if (folder && (folder.mode & 0o222) === 0) throw new ReadOnlyError(`the folder of ${file} is read-only`);
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
