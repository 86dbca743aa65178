// Shared remediation wording.
import { type RestartCommands, restartAdvice } from '../../util/campaign.js';

/** Where the IMS account is edited in the Campaign client console. */
export const IMS_ACCOUNT_CONSOLE_PATH =
  'the "Adobe Marketing Cloud" external account (internal name Adobe_Marketing_Cloud) in the Campaign client console (Administration > Platform > External accounts)';

/** The restart every change to the IMS external account needs, per the troubleshooting guide. */
export function restartHint(instance: string | undefined, config: RestartCommands): string {
  return `After deploying the change, restart the Campaign server: ${restartAdvice(instance, config)}. IMS settings are only read at start-up.`;
}
