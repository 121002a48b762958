/** Entry point of the bundled command: bin/minutes.js runs this. */
import { run } from './cli/main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`minutes actions | head -1`) ends the command quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// No SIGINT handler: Node's default ends the process at once, even in the middle of parsing a large
// file, and a write in progress leaves the original intact (see writeFileAtomic).

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
