// IMS009 client-secret: no plaintext secret in the repository (the IMS account's client secret, serverConf's
// authIMS*Secret and authIMSTAPrivateKey), and a supplied secret matches the manifest's clientSecretSha256.
// No message, value or fingerprint here ever carries a secret.
import type { Instance, Manifest } from '../types.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { isNamedInstance } from './util/instances.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { isPlaintextSecret, isServerConfSecretAttribute, secretMatchesSha256 } from './util/secrets.js';
import { CHECKED, NO_ACCOUNT } from './util/coverage.js';

function checkAccounts(context: RuleContext<MessageDiagnostic>): void {
  for (const instance of context.model.instances) {
    for (const account of instance.accounts) {
      const secret = account.fields.clientSecret;
      if (!secret || !isPlaintextSecret(secret.value)) continue;
      context.report({
        loc: secret.loc,
        messageId: 'plaintextAccountSecret',
        data: {
          instance: instance.name,
          file: account.file,
          consolePath: IMS_ACCOUNT_CONSOLE_PATH,
          restartHint: restartHint(instance.name, context.config),
        },
        instance: instance.name,
        field: 'clientSecret',
        subject: 'clientSecret',
      });
    }
  }
}

function checkServerConfs(context: RuleContext<MessageDiagnostic>): void {
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
          messageId: named ? 'plaintextInstanceServerConfSecret' : 'plaintextServerConfSecret',
          data: {
            attribute: name,
            file: conf.file,
            instance: instance.name,
            restartHint: restartHint(named ? instance.name : undefined, context.config),
          },
          instance: instance.name,
          field: name,
          subject: name,
        });
      }
    }
  }
}

/**
 * A supplied secret is one IMS client's: when it matches no manifest's hash, every hash is a mismatch; when it
 * matches one, only the other manifests of that same client ID are compared (another client has another secret).
 */
function checkSecretHash(context: RuleContext<MessageDiagnostic>): void {
  const secret = context.secrets.clientSecret;
  if (!secret) return;
  const manifests: Manifest[] = context.model.instances.flatMap((instance) =>
    instance.manifests.filter((manifest) => manifest.clientSecretSha256),
  );
  const matching = manifests.filter((manifest) => secretMatchesSha256(secret, manifest.clientSecretSha256?.value ?? ''));
  const clientIds = new Set(matching.map((manifest) => manifest.clientId?.value.trim()));
  for (const manifest of manifests) {
    const expected = manifest.clientSecretSha256;
    if (!expected || matching.includes(manifest)) continue;
    if (matching.length > 0 && !clientIds.has(manifest.clientId?.value.trim())) continue;
    context.report({
      loc: expected.loc,
      messageId: 'secretHashMismatch',
      data: {
        instance: manifest.instance,
        manifest: manifest.file,
        consolePath: IMS_ACCOUNT_CONSOLE_PATH,
        restartHint: restartHint(manifest.instance, context.config),
      },
      instance: manifest.instance,
      field: 'clientSecretSha256',
      subject: 'clientSecretSha256',
    });
  }
}

export const clientSecretRule: Rule = {
  id: 'IMS009',
  check(context) {
    // Plaintext secrets are looked for in the IMS account and in serverConf's <ims> node; a supplied secret is
    // compared with the manifests' clientSecretSha256.
    const hashed = (instance: Instance) =>
      context.secrets.clientSecret !== undefined && instance.manifests.some((manifest) => manifest.clientSecretSha256);
    for (const instance of context.model.instances) {
      const holdsSecrets =
        instance.accounts.length > 0 || instance.serverConfs.some((conf) => conf.data.ims !== undefined) || hashed(instance);
      context.cover(instance.name, holdsSecrets ? CHECKED : NO_ACCOUNT);
    }
    checkAccounts(context);
    checkServerConfs(context);
    checkSecretHash(context);
  },
};
