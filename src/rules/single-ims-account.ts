// IMS001 single-ims-account: each instance has exactly one IMS external account, named Adobe_Marketing_Cloud.
import type { ImsAccount, Instance, Loc, Manifest } from '../types.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { IMS_ACCOUNT_NAME, internalNameOf } from './util/accounts.js';
import { quote } from '../util/quote.js';
import { isNamedInstance } from './util/instances.js';
import { relatedAt } from './util/related.js';
import { CHECKED, NO_ACCOUNT } from './util/coverage.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';

/** Where a finding about an account goes: its internal name, or its start tag when it has none. */
function nameLoc(account: ImsAccount): Loc {
  return account.fields.internalName?.loc ?? account.loc;
}

function describeName(account: ImsAccount): string {
  const name = internalNameOf(account);
  return name === undefined ? 'without an internal name' : quote(name);
}

function checkNames(context: RuleContext<MessageDiagnostic>, instance: Instance): void {
  const { accounts } = instance;
  const named = accounts.find((account) => internalNameOf(account) === IMS_ACCOUNT_NAME);
  // Without an Adobe_Marketing_Cloud account, the first account (file order) is "the" account.
  const reference = named ?? accounts[0];
  const referenceName = internalNameOf(reference);
  for (const account of accounts) {
    const name = internalNameOf(account);
    if (name === IMS_ACCOUNT_NAME) continue;
    // Records under one internal name are one Campaign record (e.g. a package and a later update).
    const sameAsReference = account === reference || (name !== undefined && name === referenceName);
    const base = { loc: nameLoc(account), instance: instance.name, field: 'internalName', subject: name ?? '' };
    const data = { name: describeName(account), instance: instance.name, restartHint: restartHint(instance.name, context.config) };
    if (named) {
      context.report({
        ...base,
        messageId: 'duplicate',
        data,
        related: [relatedAt(nameLoc(named), `the "${IMS_ACCOUNT_NAME}" account of instance "${instance.name}"`)],
      });
    } else if (sameAsReference) {
      context.report({ ...base, messageId: 'wrongName', data });
    } else {
      context.report({
        ...base,
        messageId: 'secondAccount',
        data: {
          ...data,
          reference: referenceName === undefined ? 'the unnamed one' : quote(referenceName),
          consolePath: IMS_ACCOUNT_CONSOLE_PATH,
        },
        related: [relatedAt(nameLoc(reference), `the first IMS account of instance "${instance.name}"`)],
      });
    }
  }
}

/** Package exports: the instance's XML files that are not a serverConf (the sniffer only reads packages with extAccount or group records). */
function hasPackageExport(instance: Instance): boolean {
  const other = new Set([
    ...instance.serverConfs.map((conf) => conf.file),
    ...instance.manifests.map((manifest) => manifest.file),
    ...instance.dashboards.map((d) => d.file),
  ]);
  return instance.files.some((file) => !other.has(file) && /\.xml$/i.test(file));
}

/** An unreadable file of the instance may hold its account; so may an unassigned one, if the instance exports nothing. */
function mayHoldAccountElsewhere(instance: Instance, unassignedAccount: boolean): boolean {
  return instance.unreadable.length > 0 || (unassignedAccount && !hasPackageExport(instance));
}

function checkMissing(context: RuleContext<MessageDiagnostic>, instance: Instance, manifest: Manifest): void {
  context.report({
    loc: manifest.loc,
    messageId: 'missingAccount',
    data: { instance: instance.name, restartHint: restartHint(instance.name, context.config) },
    instance: instance.name,
    field: 'internalName',
    subject: '(missing)',
  });
}

export const singleImsAccountRule: Rule = {
  id: 'IMS001',
  check(context) {
    const { instances } = context.model;
    // The repository keeps Campaign packages in git: an instance with a manifest but no account lacks one.
    const tracksPackages = instances.some(hasPackageExport);
    // An account in files assigned to no instance may be the one of an instance that exports no package of its own.
    const unassignedAccount = instances.some((instance) => !isNamedInstance(instance, context.config) && instance.accounts.length > 0);
    for (const instance of instances) {
      if (instance.accounts.length > 0) checkNames(context, instance);
      else if (instance.manifests.length > 0 && tracksPackages && !mayHoldAccountElsewhere(instance, unassignedAccount)) {
        checkMissing(context, instance, instance.manifests[0]);
        context.cover(instance.name, CHECKED);
        continue;
      }
      context.cover(instance.name, instance.accounts.length > 0 ? CHECKED : NO_ACCOUNT);
    }
  },
};
