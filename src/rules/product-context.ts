// IMS002 product-context: the account's Product Context is dma_campaign_classic when present, and the
// Experience Cloud side (the manifest's productContext) equals the Campaign side's effective value.
import type { Instance } from '../types.js';
import type { Rule, RuleContext } from './types.js';
import { fieldValues, primaryAccountRecords } from './util/accounts.js';
import { quote } from './util/quote.js';
import { relatedAt } from './util/related.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';

/** The product context when the account shows a Product Context field. */
const PRODUCT_CONTEXT_CLASSIC = 'dma_campaign_classic';
/** The default product context when the field does not appear. */
const PRODUCT_CONTEXT_DEFAULT = 'dma_campaign';

function checkAccountField(context: RuleContext, instance: Instance): void {
  for (const account of instance.accounts) {
    const value = account.fields.productContext;
    if (!value || value.value === PRODUCT_CONTEXT_CLASSIC) continue;
    context.report({
      loc: value.loc,
      message: `Product Context ${quote(value.value)} of the IMS external account of instance "${instance.name}" must be "${PRODUCT_CONTEXT_CLASSIC}"`,
      instance: instance.name,
      field: 'productContext',
      value: value.value,
      remediation: `Set the Product Context field of ${IMS_ACCOUNT_CONSOLE_PATH} to ${PRODUCT_CONTEXT_CLASSIC}, and the same value in its package; use ${PRODUCT_CONTEXT_CLASSIC} in the Experience Cloud (IMS) provisioning too. ${restartHint(instance.name)}`,
    });
  }
}

function checkManifest(context: RuleContext, instance: Instance): void {
  const records = primaryAccountRecords(instance);
  if (records.length === 0) return; // no Campaign side to compare with
  const present = fieldValues(records, 'productContext');
  const expected = present.length > 0 ? PRODUCT_CONTEXT_CLASSIC : PRODUCT_CONTEXT_DEFAULT;
  const reason =
    present.length > 0
      ? `the external account has a Product Context field, so both sides must use "${PRODUCT_CONTEXT_CLASSIC}"`
      : `the external account has no Product Context field, so Campaign uses the default "${PRODUCT_CONTEXT_DEFAULT}"`;
  const campaignLoc = present[0]?.value.loc ?? records[0].loc;
  const related = relatedAt(
    campaignLoc,
    present.length > 0 ? `the Product Context field of instance "${instance.name}"` : `the IMS external account of instance "${instance.name}"`,
  );
  for (const manifest of instance.manifests) {
    const declared = manifest.productContext;
    if (!declared || declared.value === expected) continue;
    context.report({
      loc: declared.loc,
      message: `manifest productContext ${quote(declared.value)} of instance "${instance.name}" must equal Campaign's product context "${expected}": ${reason}`,
      instance: instance.name,
      field: 'productContext',
      value: declared.value,
      related: [related],
      remediation: `Set \`productContext: ${expected}\` in the IMS provisioning manifest (${manifest.file}) and provision the same product context in the Experience Cloud (Admin Console), so that Campaign and Experience Cloud agree.`,
    });
  }
}

export const productContextRule: Rule = {
  id: 'IMS002',
  check(context) {
    for (const instance of context.model.instances) {
      checkAccountField(context, instance);
      checkManifest(context, instance);
    }
  },
};
