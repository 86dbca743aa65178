// IMS009 client-secret: no plaintext secret in the repository (the IMS account's client secret, serverConf's
// authIMS*Secret and authIMSTAPrivateKey), and a supplied secret matches the manifest's clientSecretSha256.
// No message, value or fingerprint here ever carries a secret.
import type { Manifest } from '../types.js';
import type { Rule, RuleContext } from './types.js';
import { isNamedInstance } from './util/instances.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { isPlaintextSecret, isServerConfSecretAttribute, secretMatchesSha256 } from './util/secrets.js';

const EXPECTED = 'expected a Campaign-encrypted value ("@…") or no value';
const ROTATE = 'The secret is in the git history now: rotate it in the Adobe Developer Console (or have Adobe reissue it).';

function checkAccounts(context: RuleContext): void {
  for (const instance of context.model.instances) {
    for (const account of instance.accounts) {
      const secret = account.fields.clientSecret;
      if (!secret || !isPlaintextSecret(secret.value)) continue;
      context.report({
        loc: secret.loc,
        message: `client secret of the IMS account in instance "${instance.name}" is stored in plaintext; ${EXPECTED}`,
        instance: instance.name,
        field: 'clientSecret',
        value: 'clientSecret',
        remediation:
          `Remove the plaintext value from ${account.file} (packages do not export secrets; leave the attribute out) and enter the secret in the ` +
          `IMS client secret field of ${IMS_ACCOUNT_CONSOLE_PATH} for instance ${instance.name}, where Campaign stores it encrypted. ${ROTATE} ${restartHint(instance.name)}`,
      });
    }
  }
}

function checkServerConfs(context: RuleContext): void {
  const seen = new Set<string>();
  for (const instance of context.model.instances) {
    const named = isNamedInstance(instance, context.config);
    for (const conf of instance.serverConfs) {
      for (const [name, attribute] of Object.entries(conf.data.ims?.attrs ?? {})) {
        if (!isServerConfSecretAttribute(name) || !isPlaintextSecret(attribute.value)) continue;
        const key = `${conf.file}:${attribute.loc.line}:${attribute.loc.column}`;
        if (seen.has(key)) continue;
        seen.add(key);
        context.report({
          loc: attribute.loc,
          message: `${name} of <ims> in ${conf.file}${named ? ` (instance "${instance.name}")` : ''} is stored in plaintext; ${EXPECTED}`,
          instance: instance.name,
          field: name,
          value: name,
          remediation:
            `Remove the plaintext ${name} from ${conf.file} in git and set it on the server so that Campaign stores it encrypted ("@…"), ` +
            `then commit the encrypted value or none. ${ROTATE} ${restartHint(named ? instance.name : undefined)}`,
        });
      }
    }
  }
}

/**
 * A supplied secret is one IMS client's: when it matches no manifest's hash, every hash is a mismatch; when it
 * matches one, only the other manifests of that same client ID are compared (another client has another secret).
 */
function checkSecretHash(context: RuleContext): void {
  const secret = context.secrets.clientSecret;
  if (!secret) return;
  const manifests: Manifest[] = context.model.instances.flatMap((instance) => instance.manifests.filter((manifest) => manifest.clientSecretSha256));
  const matching = manifests.filter((manifest) => secretMatchesSha256(secret, manifest.clientSecretSha256?.value ?? ''));
  const clientIds = new Set(matching.map((manifest) => manifest.clientId?.value.trim()));
  for (const manifest of manifests) {
    const expected = manifest.clientSecretSha256;
    if (!expected || matching.includes(manifest)) continue;
    if (matching.length > 0 && !clientIds.has(manifest.clientId?.value.trim())) continue;
    context.report({
      loc: expected.loc,
      message: `the client secret supplied to ims-gate does not match clientSecretSha256 of the IMS manifest of instance "${manifest.instance}"; expected the SHA-256 (hex) of the secret provisioned by IMS`,
      instance: manifest.instance,
      field: 'clientSecretSha256',
      value: 'clientSecretSha256',
      remediation:
        `Check the secret entered in the IMS client secret field of ${IMS_ACCOUNT_CONSOLE_PATH} for instance ${manifest.instance} against the one provisioned by IMS; ` +
        `if the secret was rotated, update clientSecretSha256 in ${manifest.file} (sha256 hex of the new secret) and supply the new secret (IMS_CLIENT_SECRET / client-secret input). ` +
        restartHint(manifest.instance),
    });
  }
}

export const clientSecretRule: Rule = {
  id: 'IMS009',
  check(context) {
    checkAccounts(context);
    checkServerConfs(context);
    checkSecretHash(context);
  },
};
