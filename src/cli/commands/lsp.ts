import { startServer } from '../../lsp/server.js';
import type { CliIO } from '../context.js';

export interface LspOptions {
  /** Talk over standard input and output: the default, and the only transport. */
  stdio?: boolean;
  /** The editor's process id, which some clients pass; the server ends when its input closes anyway. */
  clientProcessId?: string;
}

/**
 * `minutes lsp --stdio`: the language server for editors, on standard input and output (see
 * docs/editors.md). Runs until the client sends `exit` or closes the server's standard input.
 */
export function lspCommand(_options: LspOptions, io: CliIO): Promise<number> {
  return startServer(io.stdin, io.stdout);
}
