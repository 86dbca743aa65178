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
import { replaceValue, withFix } from './util/fix.js';

/** The instance's manifests that list scopes, with the scope names they provision. */
function provisioned(manifests: Manifest[]): { manifest: Manifest; scopes: Located<Located<string>[]> }[] {
  return manifests.flatMap((manifest) => (manifest.scopes ? [{ manifest, scopes: manifest.scopes }] : []));
}

/**
 * The scope value with the scopes IMS did not provision dropped (each with the separator before it, so that the
 * others keep theirs) and those that differ only in case spelt as provisioned; undefined when none would be left.
 */
export function fixedScopes(value: string, allowed: ReadonlySet<string>): string | undefined {
  const lead = /^[\s,]*/.exec(value)?.[0] ?? '';
  const trail = value.length > lead.length ? (/[\s,]*$/.exec(value)?.[0] ?? '') : '';
  const body = value.slice(lead.length, value.length - trail.length);
  if (body === '') return undefined;
  const parts = body.split(/([\s,]+)/);
  const kept: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < parts.length; i += 2) {
    const scope = parts[i];
    const spelt = allowed.has(scope) ? scope : [...allowed].find((candidate) => candidate.toLowerCase() === scope.toLowerCase());
    if (spelt === undefined || seen.has(spelt)) continue;
    seen.add(spelt);
    kept.push(kept.length === 0 ? spelt : parts[i - 1] + spelt);
  }
  return kept.length === 0 ? undefined : lead + kept.join('') + trail;
}

function scopesFix(value: Located<string>, allowed: ReadonlySet<string>) {
  const fixed = fixedScopes(value.value, allowed);
  return fixed === undefined ? undefined : replaceValue(value, fixed, { restart: true });
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
        // One fix for the whole value, on each of its findings: applying any of them fixes all.
        const fix = allowed.size > 0 ? scopesFix(value, allowed) : undefined;
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
            ...withFix(fix),
          });
        }
      }
    }
  },
};
