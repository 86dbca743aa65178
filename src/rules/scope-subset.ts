// IMS006 scope-subset: every scope of the IMS account must be among the scopes IMS provisioned (the manifest's `scopes`).
import type { Located, Manifest } from '../types.js';
import type { Rule } from './types.js';
import { fieldValues, primaryAccountRecords } from './util/accounts.js';
import { quote } from '../util/quote.js';
import { relatedAt } from './util/related.js';
import { IMS_ACCOUNT_CONSOLE_PATH, restartHint } from './util/remediation.js';
import { splitScopes } from './util/scopes.js';
import { FieldMapping } from '../model/fields.js';
import { fieldSkip, firstSkip, manifestKeySkip, manifestSkip, NO_ACCOUNT } from './util/coverage.js';

/** The instance's manifests that list scopes, with the scope names they provision. */
function provisioned(manifests: Manifest[]): { manifest: Manifest; scopes: Located<Located<string>[]> }[] {
  return manifests.flatMap((manifest) => (manifest.scopes ? [{ manifest, scopes: manifest.scopes }] : []));
}

export const scopeSubsetRule: Rule = {
  id: 'IMS006',
  check(context) {
    const mapping = new FieldMapping(context.config);
    for (const instance of context.model.instances) {
      const records = primaryAccountRecords(instance);
      context.cover(
        instance.name,
        records.length === 0
          ? NO_ACCOUNT
          : firstSkip(manifestSkip(instance, context.config), manifestKeySkip(instance, 'scopes'), fieldSkip(records, 'scope', mapping)),
      );
      const sources = provisioned(instance.manifests);
      if (sources.length === 0) continue;
      const allowed = new Set(sources.flatMap(({ scopes }) => scopes.value.flatMap((scope) => splitScopes(scope.value))));
      const expected = allowed.size > 0 ? [...allowed].join(', ') : 'none';
      const first = sources[0];
      for (const { value } of fieldValues(primaryAccountRecords(instance), 'scope')) {
        for (const scope of splitScopes(value.value)) {
          if (allowed.has(scope)) continue;
          const sameButCase = [...allowed].find((candidate) => candidate.toLowerCase() === scope.toLowerCase());
          context.report({
            loc: value.loc,
            messageId: sameButCase ? 'wrongCase' : 'notProvisioned',
            data: {
              scope: quote(scope),
              instance: instance.name,
              expected,
              manifest: first.manifest.file,
              consolePath: IMS_ACCOUNT_CONSOLE_PATH,
              restartHint: restartHint(instance.name, context.config),
              ...(sameButCase ? { suggestion: quote(sameButCase) } : {}),
            },
            instance: instance.name,
            field: 'scope',
            subject: scope,
            related: [relatedAt(first.scopes.loc, 'scopes provisioned by IMS')],
          });
        }
      }
    }
  },
};
