// Loads a TypeScript module of src/ for the generating scripts: bundled in memory by esbuild, then imported.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function loadSource(entry) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
    packages: 'external',
  });
  // Inside node_modules, so that the bundle's imports of the project's dependencies resolve.
  const file = path.join(root, 'node_modules', '.minutes-gen', `${randomBytes(6).toString('hex')}.mjs`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(file, { force: true });
  }
}
