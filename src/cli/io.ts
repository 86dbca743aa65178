// The command line's window on the world, passed into every command so tests can capture what it prints.
// In its own module so the commands (run, baseline, init) share it without importing one another.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  isTty: boolean;
  /** The terminal's width (process.stdout.columns), when standard output is a terminal. */
  columns?: number;
}
