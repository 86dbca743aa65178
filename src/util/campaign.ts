// Campaign vocabulary that several stages name: the schemas of the records ims-gate reads (the sniffer looks
// for them, the readers keep them, the model and restart detection pick records by them), and the server
// command that findings and reports tell people to run. So it lives here rather than in any one stage.

/** The schema of Campaign external accounts: the IMS account is one of them. */
export const EXT_ACCOUNT_SCHEMA = 'nms:extAccount';
/** The schema of Campaign operator groups. */
export const GROUP_SCHEMA = 'xtk:group';
/** Every record schema a package may hold that ims-gate reads. */
export const RECORD_SCHEMAS: readonly string[] = [EXT_ACCOUNT_SCHEMA, GROUP_SCHEMA];

/**
 * The documented restart after an IMS change: `web` is a multi-instance module (one process serves every instance
 * of the server, as `web.log` is shared), so it is restarted without `@<instance>`, on each application server
 * that hosts the instance. Sites differ (`systemctl restart nlserver`), hence `instances.<name>.restartCommand`.
 */
export const DEFAULT_RESTART_COMMAND = 'nlserver restart web';

/** The part of the config restart commands come from (structural: util sits below the config stage). */
export interface RestartCommands {
  instances: Readonly<Record<string, { restartCommand?: string }>>;
}

/** The restart command of an instance: its configured `restartCommand`, else the default. */
export function restartCommand(instance: string | undefined, config?: RestartCommands): string {
  const configured =
    instance !== undefined && config && Object.hasOwn(config.instances, instance) ? config.instances[instance].restartCommand : undefined;
  return configured?.trim() || DEFAULT_RESTART_COMMAND;
}

/**
 * How a message says to restart an instance: where to run its command, and for the default command that it
 * restarts the web process of every instance on that server (so the restart is planned for all of them).
 */
export function restartAdvice(instance: string | undefined, config?: RestartCommands): string {
  const command = restartCommand(instance, config);
  const which = instance === undefined ? 'the instance' : `instance ${instance}`;
  if (command === DEFAULT_RESTART_COMMAND)
    return `run \`${command}\` on each application server that hosts ${which} (it restarts the web process of every instance on that server)`;
  return `run \`${command}\` (the restart command configured for ${which})`;
}
