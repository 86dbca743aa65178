// The Campaign server command that findings and reports tell people to run. Rules, reporters and restart
// detection all name it, so it lives here rather than in any one of them.

/** Restarts the Campaign web server of an instance: it reads its IMS settings only at start-up. */
export function restartCommand(instance: string): string {
  return `nlserver restart web@${instance}`;
}
