import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createProtocolConnection, HoverRequest, InitializeRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node.js';
import { BIN, ROOT } from '../helpers.js';

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function spawnServer() {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: performance.now() })));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  const initialize = () => connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
  return { child, exited, connection, initialize };
}

/** CPU time (user + system) a process has used, in milliseconds; null where /proc is not there. */
function cpuTime(pid: number): number | null {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return null;
  const fields = readFileSync(stat, 'utf8').replace(/^.*\) /, '').split(' ');
  // utime and stime are fields 14 and 15 of the file, 12 and 13 after the command name; in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const send = (child: ChildProcess, text: string | Buffer) => new Promise<void>((resolve, reject) => child.stdin!.write(text, (error) => (error ? reject(error) : resolve())));

describe('minutes lsp: the process', () => {
  it('ends within a second of its standard input closing (the client went away)', async () => {
    const { child, exited, initialize } = spawnServer();
    await initialize();
    const closed = performance.now();
    child.stdin!.end();
    const { at } = await exited;
    expect(at - closed).toBeLessThan(1000);
  });

  it('ends within a second when its input closes before any message', async () => {
    const { child, exited } = spawnServer();
    // Give it the time to start, then close.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(child.exitCode).toBeNull();
    const closed = performance.now();
    child.stdin!.end();
    const { at } = await exited;
    expect(at - closed).toBeLessThan(1000);
  });

  it('survives garbage on its input, answers the next good message, does not spin, and still ends on close', async () => {
    const { child, exited, connection, initialize } = spawnServer();
    await initialize();
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    await send(child, 'this is not a header\r\n\r\n');
    await send(child, 'Content-Length: many\r\n\r\n');
    await send(child, 'Content-Length: 7\r\n\r\n{{{{{{{');
    await send(child, 'Content-Length: 4\r\n\r\n[1,2');
    await send(child, 'Content-Length: 2\r\n\r\n42');
    await send(child, Buffer.from([0xff, 0xfe, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]));
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 42 } } });
    await send(child, `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    // Requests with nonsense parameters are answered, not fatal.
    expect(await connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.md' }, position: { line: -1, character: 1e9 } })).toBeNull();
    expect(await connection.sendRequest('textDocument/documentSymbol', { nothing: true })).toEqual([]);
    expect(child.exitCode).toBeNull();

    // Idle afterwards: it does not spin.
    const before = cpuTime(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuTime(child.pid!);
    if (before !== null && after !== null) expect(after - before).toBeLessThan(200);

    const closed = performance.now();
    child.stdin!.end();
    const { at } = await exited;
    expect(at - closed).toBeLessThan(1000);
    expect(stderr).not.toMatch(/TypeError|RangeError|at .*\.js:\d+/);
  });

  it('exits with 0 after shutdown and exit', async () => {
    const { exited, connection, initialize } = spawnServer();
    await initialize();
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    expect((await exited).code).toBe(0);
  });
});
