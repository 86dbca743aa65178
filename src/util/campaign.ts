// Campaign vocabulary that several stages name: the schemas of the records ims-gate reads (the sniffer looks
// for them, the readers keep them, the model and restart detection pick records by them), and the server
// command that findings and reports tell people to run. So it lives here rather than in any one stage.

/** The schema of Campaign external accounts: the IMS account is one of them. */
export const EXT_ACCOUNT_SCHEMA = 'nms:extAccount';
/** The schema of Campaign operator groups. */
export const GROUP_SCHEMA = 'xtk:group';
/** Every record schema a package may hold that ims-gate reads. */
export const RECORD_SCHEMAS: readonly string[] = [EXT_ACCOUNT_SCHEMA, GROUP_SCHEMA];

/** Restarts the Campaign web server of an instance: it reads its IMS settings only at start-up. */
export function restartCommand(instance: string): string {
  return `nlserver restart web@${instance}`;
}
