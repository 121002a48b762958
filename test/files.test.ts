import { spawn } from 'node:child_process';
import { chmod, mkdir, open, readdir, readFile, lstat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadOnlyError, writeFileAtomic } from '../src/io/write.js';
import { BIN, ROOT, SEED, runBin, tempCopy } from './helpers.js';

afterEach(() => vi.restoreAllMocks());

async function fileHandlePrototype(dir: string) {
  const handle = await open(path.join(dir, 'probe'), 'w');
  const prototype = Object.getPrototypeOf(handle);
  await handle.close();
  return prototype;
}

describe('atomic writes', () => {
  it.each(['writeFile', 'sync'])('leave the original byte for byte when %s fails half-way, and no temporary file', async (step) => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const file = path.join(dir, 'election-network-2019-04-04.md');
    const before = await readFile(file);
    const prototype = await fileHandlePrototype(dir);
    const spy = vi.spyOn(prototype, step as 'writeFile').mockImplementationOnce(async function (this: { write: (text: string) => Promise<unknown> }) {
      await this.write('half a fil'); // some bytes reach the temporary file, then the disk fails
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(writeFileAtomic(file, 'new content')).rejects.toThrow('no space left on device');
    expect(spy).toHaveBeenCalledOnce();
    expect(await readFile(file)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['election-network-2019-04-04.md', 'probe']);
  });

  it('refuse read-only files and folders, even for root', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const file = path.join(dir, 'election-network-2019-04-04.md');
    await chmod(file, 0o444);
    await expect(writeFileAtomic(file, 'x')).rejects.toBeInstanceOf(ReadOnlyError);
    await chmod(file, 0o644);
    await chmod(dir, 0o555);
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow(/folder of .* is read-only/);
    await chmod(dir, 0o755);
  });

  it('keep the file’s permissions', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const file = path.join(dir, 'election-network-2019-04-04.md');
    await chmod(file, 0o640);
    await writeFileAtomic(file, 'x');
    expect((await lstat(file)).mode & 0o777).toBe(0o640);
  });
});

describe('commands that write in place', () => {
  it('give one clear line and exit 2 for a read-only file, which stays as it was', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const file = path.join(dir, 'election-network-2019-04-04.md');
    const before = await readFile(file);
    await chmod(file, 0o444);
    for (const args of [['lint', '--fix', file], ['fmt', '--write', file]]) {
      const { code, stderr } = await runBin(args);
      expect(code).toBe(2);
      expect(stderr).toBe(`minutes: cannot write: ${file} is read-only\n`);
      expect(await readFile(file)).toEqual(before);
    }
  });

  it('write through a symbolic link to its target; the link stays a link', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const target = path.join(dir, 'election-network-2019-04-04.md');
    const link = path.join(dir, 'link.md');
    await symlink(target, link);
    expect((await runBin(['fmt', '--write', link])).code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toContain('## 10. Closing remarks and AOB');
  });

  it('write -o folders inside the folder only, whatever the input names', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const inputs = ['a/minutes.md', 'b/minutes.md', 'c/..weird name.md'];
    for (const input of inputs) {
      await mkdir(path.join(dir, path.dirname(input)), { recursive: true });
      await writeFile(path.join(dir, input), '---\ntitle: T\ndate: 2019-04-04\n---\n\n## 1. A\n\nx\n');
    }
    const site = path.join(dir, 'site');
    const { code } = await runBin(['export', '--format', 'html', '-o', site, ...inputs.map((input) => path.join(dir, input))]);
    expect(code).toBe(0);
    expect((await readdir(site)).sort()).toEqual(['index.html', 'minutes-2.html', 'minutes-site.json', 'minutes.html', 'register.html', 'weird-name.html']);
    expect((await readdir(dir)).sort()).toEqual(['a', 'b', 'c', 'election-network-2019-04-04.md', 'site']);
  });
});

describe('processes', () => {
  it('end quietly when the reader of their output goes away (| head -1)', async () => {
    const result = await new Promise<{ stderr: string; code: number | null }>((resolve) => {
      const child = spawn('sh', ['-c', `node ${BIN} export --format html ${SEED} | head -c 10; node ${BIN} actions fixtures --status all --format json | head -1; node ${BIN} lint ${SEED} --format sarif | head -1`], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ stderr, code }));
    });
    expect(result.stderr).toBe('');
  });

  it('stop promptly on SIGINT in the middle of a long run', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const big = path.join(dir, 'big.md');
    const paragraph = 'COM reminded about the grant call still being open until April 11. '.repeat(10);
    await writeFile(big, `---\ntitle: Big\ndate: 2019-04-04\n---\n\n${Array.from({ length: 20_000 }, (_, i) => `## ${i + 1}. Item\n\n${paragraph}\n\n- [ ] COM: Act (due 2019-05-01)\n`).join('\n')}`);
    const child = spawn(process.execPath, [BIN, 'lint', big], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const sent = Date.now();
    child.kill('SIGINT');
    const signal = await new Promise((resolve) => child.on('exit', (_code, received) => resolve(received)));
    expect(signal).toBe('SIGINT');
    expect(Date.now() - sent).toBeLessThan(3_000);
  });
});
