// A scan that found no Campaign IMS configuration at all must not pass as "checked and fine": a wrong `path`, an
// `include` that misses the exports, or an account under a type ims-gate does not recognise all look like this.
import { DEFAULT_CONFIG_PATH } from '../../config/load.js';
import type { Config } from '../../config/types.js';
import type { MessageDiagnostic, Model, ReadProblem } from '../../types.js';
import { fileLoc } from '../../util/loc.js';
import { plural } from '../../util/plural.js';

/**
 * Whether the model holds what the IMS rules check: an IMS account or a serverConf `<ims>` node. A manifest alone
 * is not enough: the rules compare it with the account, so an `include` that misses every package while the
 * configured manifests are still read would otherwise pass having checked nothing.
 */
export function hasImsConfiguration(model: Model): boolean {
  return model.instances.some((instance) => instance.accounts.length > 0 || instance.serverConfs.some((conf) => conf.data.ims));
}

function manifestCount(model: Model): number {
  return model.instances.reduce((total, instance) => total + instance.manifests.length, 0);
}

/**
 * IMS000's "nothing to check" error, at the config file (where `path`, `include` and `allowEmpty` are set), or
 * nothing: with `allowEmpty: true`, with `hosting: hosted` (nothing is read), or when input problems are already
 * reported (an unreadable file may hold the account; the scan fails closed on it already).
 */
export function nothingFound(
  config: Config,
  model: Model,
  scan: { configProblems: readonly ReadProblem[]; inputProblems: readonly ReadProblem[]; root?: string },
): MessageDiagnostic | undefined {
  if (config.hosting === 'hosted' || config.allowEmpty) return undefined;
  if (scan.configProblems.length > 0 || scan.inputProblems.length > 0 || hasImsConfiguration(model)) return undefined;
  const configFile = config.source ?? DEFAULT_CONFIG_PATH;
  const manifests = manifestCount(model);
  return {
    loc: fileLoc(configFile),
    messageId: manifests > 0 ? 'nothingFoundButManifests' : 'nothingFound',
    data: { path: scan.root ?? '.', config: configFile, manifests: plural(manifests, 'manifest') },
    field: 'input',
    subject: 'nothing-found',
  };
}
