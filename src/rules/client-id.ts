// IMS008 client-id: the account's IMS client identifier equals the clientId provisioned by IMS (the manifest).
import type { Instance, Manifest } from '../types.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { fieldValues, primaryAccountRecords } from './util/accounts.js';
import { quote } from '../util/quote.js';
import { relatedAt } from './util/related.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { hasWhiteSpace, withoutWhiteSpace } from './util/whitespace.js';
import { firstSkip, manifestKeySkip, manifestSkip, NO_ACCOUNT } from './util/coverage.js';
import { replaceValue, withFix } from './util/fix.js';

function checkManifest(context: RuleContext<MessageDiagnostic>, instance: Instance, manifest: Manifest): void {
  const provisioned = manifest.clientId;
  if (!provisioned || provisioned.value.trim() === '') return;
  const records = primaryAccountRecords(instance);
  if (records.length === 0) return; // a missing account is IMS001's
  const related = [relatedAt(provisioned.loc, `clientId provisioned for instance "${instance.name}" in ${manifest.file}`)];
  const expected = provisioned.value;
  const data = {
    instance: instance.name,
    expected: quote(expected),
    manifest: manifest.file,
    consolePath: IMS_ACCOUNT_CONSOLE_PATH,
    restartHint: restartHint(instance.name, context.config),
  };
  const at = { instance: instance.name, field: 'clientId', related };
  const values = fieldValues(records, 'clientId');
  const agreed = agreedClientId(instance);
  if (values.length === 0) {
    // Records of one account may be split over packages; only when none sets the client ID is it missing.
    context.report({ ...at, loc: records[0].loc, messageId: 'missingClientId', data, subject: '(missing)' });
    return;
  }
  for (const { value } of values) {
    if (value.value === expected) continue;
    const whitespaceOnly = withoutWhiteSpace(value.value) === withoutWhiteSpace(expected);
    const messageId = !whitespaceOnly ? 'mismatch' : hasWhiteSpace(value.value) ? 'whitespaceInAccount' : 'whitespaceInManifest';
    // The account takes the manifest's client ID, when every manifest of the instance agrees on one without white space.
    const fix = messageId !== 'whitespaceInManifest' && agreed === expected ? replaceValue(value, expected, { restart: true }) : undefined;
    context.report({
      ...at,
      loc: value.loc,
      messageId,
      data: { ...data, value: quote(value.value) },
      subject: value.value,
      ...withFix(fix),
    });
  }
}

/** The client ID every manifest of the instance provisions, when they agree on one that has no white space. */
function agreedClientId(instance: Instance): string | undefined {
  const ids = new Set(instance.manifests.flatMap((manifest) => (manifest.clientId ? [manifest.clientId.value] : [])));
  const [only] = ids;
  return ids.size === 1 && !hasWhiteSpace(only) && only !== '' ? only : undefined;
}

export const clientIdRule: Rule = {
  id: 'IMS008',
  check(context) {
    for (const instance of context.model.instances) {
      // An account without a client ID is reported (missingClientId): only the manifest side can be absent.
      context.cover(
        instance.name,
        primaryAccountRecords(instance).length === 0
          ? NO_ACCOUNT
          : firstSkip(manifestSkip(instance, context.config), manifestKeySkip(instance, 'clientId')),
      );
      for (const manifest of instance.manifests) checkManifest(context, instance, manifest);
    }
  },
};
