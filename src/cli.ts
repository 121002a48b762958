/** Entry point of the bundled command: bin/minutes.js runs this. */
import { run } from './cli/main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`minutes actions | head -1`) ends the command quietly.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.on('SIGINT', () => process.exit(130));

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
