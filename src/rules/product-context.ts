// IMS002 product-context: the account's Product Context is dma_campaign_classic when present, and the
// Experience Cloud side (the manifest's productContext) equals the Campaign side's effective value.
import type { Instance } from '../types.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { fieldValues, primaryAccountRecords } from './util/accounts.js';
import { quote } from '../util/quote.js';
import { relatedAt } from './util/related.js';
import { CHECKED, NO_ACCOUNT } from './util/coverage.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { replaceValue, withFix } from './util/fix.js';

/** The product context when the account shows a Product Context field. */
const PRODUCT_CONTEXT_CLASSIC = 'dma_campaign_classic';
/** The default product context when the field does not appear. */
const PRODUCT_CONTEXT_DEFAULT = 'dma_campaign';

function checkAccountField(context: RuleContext<MessageDiagnostic>, instance: Instance): void {
  for (const account of instance.accounts) {
    const value = account.fields.productContext;
    if (!value || value.value === PRODUCT_CONTEXT_CLASSIC) continue;
    context.report({
      loc: value.loc,
      messageId: 'accountNotClassic',
      data: {
        value: quote(value.value),
        instance: instance.name,
        consolePath: IMS_ACCOUNT_CONSOLE_PATH,
        restartHint: restartHint(instance.name, context.config),
      },
      instance: instance.name,
      field: 'productContext',
      subject: value.value,
      ...withFix(replaceValue(value, PRODUCT_CONTEXT_CLASSIC, { restart: true })),
    });
  }
}

function checkManifest(context: RuleContext<MessageDiagnostic>, instance: Instance): void {
  const records = primaryAccountRecords(instance);
  if (records.length === 0) return; // no Campaign side to compare with
  const present = fieldValues(records, 'productContext');
  const expected = present.length > 0 ? PRODUCT_CONTEXT_CLASSIC : PRODUCT_CONTEXT_DEFAULT;
  const campaignLoc = present[0]?.value.loc ?? records[0].loc;
  const related = relatedAt(
    campaignLoc,
    present.length > 0
      ? `the Product Context field of instance "${instance.name}"`
      : `the IMS external account of instance "${instance.name}"`,
  );
  for (const manifest of instance.manifests) {
    const declared = manifest.productContext;
    if (!declared || declared.value === expected) continue;
    context.report({
      loc: declared.loc,
      // Why Campaign's side is what it is: the account has a Product Context field, or it uses the default.
      messageId: present.length > 0 ? 'manifestNotClassic' : 'manifestNotDefault',
      data: { value: quote(declared.value), instance: instance.name, expected, manifest: manifest.file },
      instance: instance.name,
      field: 'productContext',
      subject: declared.value,
      related: [related],
      ...withFix(replaceValue(declared, expected)),
    });
  }
}

export const productContextRule: Rule = {
  id: 'IMS002',
  check(context) {
    for (const instance of context.model.instances) {
      checkAccountField(context, instance);
      checkManifest(context, instance);
      // The account's own field is checked with or without a manifest; the manifest side needs the account.
      context.cover(instance.name, instance.accounts.length > 0 ? CHECKED : NO_ACCOUNT);
    }
  },
};
