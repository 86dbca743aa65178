#!/usr/bin/env node
import { runCli } from './cli/run.js';

// A reader that stops early (`ims-gate check | head`) closes the pipe: nothing more can be said to it, and that is
// not an error of the scan. The exit code stays the verdict.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTty: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
});
