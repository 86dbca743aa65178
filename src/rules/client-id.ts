// IMS008 client-id: the account's IMS client identifier equals the clientId provisioned by IMS (the manifest).
import type { Instance, Manifest } from '../types.js';
import type { Rule, RuleContext } from './types.js';
import { fieldValues, primaryAccountRecords } from './util/accounts.js';
import { quote } from './util/quote.js';
import { relatedAt } from './util/related.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { hasWhiteSpace, withoutWhiteSpace } from './util/whitespace.js';

function checkManifest(context: RuleContext, instance: Instance, manifest: Manifest): void {
  const provisioned = manifest.clientId;
  if (!provisioned || provisioned.value.trim() === '') return;
  const records = primaryAccountRecords(instance);
  if (records.length === 0) return; // a missing account is IMS001's
  const related = [relatedAt(provisioned.loc, `clientId provisioned for instance "${instance.name}" in ${manifest.file}`)];
  const expected = provisioned.value;
  const consoleFix = `Set the IMS client identifier of ${IMS_ACCOUNT_CONSOLE_PATH} to the client ID provisioned by IMS (\`clientId\` in ${manifest.file}), and the same value in its package. ${restartHint(instance.name)}`;
  const values = fieldValues(records, 'clientId');
  if (values.length === 0) {
    // Records of one account may be split over packages; only when none sets the client ID is it missing.
    context.report({
      loc: records[0].loc,
      message: `IMS external account of instance "${instance.name}" has no IMS client identifier: expected ${quote(expected)}, the clientId provisioned by IMS`,
      instance: instance.name,
      field: 'clientId',
      value: '(missing)',
      related,
      remediation: consoleFix,
    });
    return;
  }
  for (const { value } of values) {
    if (value.value === expected) continue;
    if (withoutWhiteSpace(value.value) === withoutWhiteSpace(expected)) {
      const where = hasWhiteSpace(value.value) ? 'the account value' : 'the manifest value';
      context.report({
        loc: value.loc,
        message: `IMS client identifier ${quote(value.value)} of instance "${instance.name}" differs from the provisioned clientId ${quote(expected)} only by stray white space (in ${where}): remove it`,
        instance: instance.name,
        field: 'clientId',
        value: value.value,
        related,
        remediation: hasWhiteSpace(value.value) ? consoleFix : `Remove the white space from \`clientId\` in ${manifest.file} so that it is exactly the client ID provisioned by IMS.`,
      });
      continue;
    }
    context.report({
      loc: value.loc,
      message: `IMS client identifier ${quote(value.value)} of instance "${instance.name}" must equal the clientId provisioned by IMS, ${quote(expected)}`,
      instance: instance.name,
      field: 'clientId',
      value: value.value,
      related,
      remediation: consoleFix,
    });
  }
}

export const clientIdRule: Rule = {
  id: 'IMS008',
  check(context) {
    for (const instance of context.model.instances) {
      for (const manifest of instance.manifests) checkManifest(context, instance, manifest);
    }
  },
};
