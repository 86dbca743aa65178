// Coverage: what each rule did for each instance (checked, skipped and why, not applicable), as the rules
// themselves state it through `context.cover(...)`; a reporter never guesses it. The statements the rules share
// (no IMS account, no manifest, no field) are here; so is the collector, with which the pipeline gathers them, adds
// what no rule can say (rules that did not run: `hosting: hosted`, `rules.X: off`) and fails closed when a rule
// stated nothing for an instance. Hints name config keys and attribute names, never a value.
import type { Config } from '../../config/types.js';
import type { FieldMapping } from '../../model/fields.js';
import { skipReasonHint } from '../../policy/coverage.js';
import type {
  Coverage,
  CoverageStatus,
  ImsAccount,
  ImsField,
  Instance,
  InstanceCoverage,
  Model,
  RuleCoverage,
  SkipReason,
} from '../../types.js';

/** What a rule says about one instance. A skip names its reason; the hint defaults to the reason's own. */
export type CoverageStatement =
  | { status: 'checked' | 'not-applicable'; hint?: string }
  | { status: 'skipped'; reason: SkipReason; hint?: string };

export const CHECKED: CoverageStatement = { status: 'checked' };

export const NO_ACCOUNT: CoverageStatement = { status: 'skipped', reason: 'no-ims-account' };

/**
 * Skipped for want of a manifest, unless the instance has one. When the config names one that was not read (a
 * missing file is an IMS000 error at that line), the hint says so rather than "set instances.<name>.imsManifest".
 */
export function manifestSkip(instance: Instance, config: Pick<Config, 'instances'>): CoverageStatement | undefined {
  if (instance.manifests.length > 0) return undefined;
  const configured = Object.hasOwn(config.instances, instance.name) ? config.instances[instance.name].imsManifest : undefined;
  return configured === undefined
    ? { status: 'skipped', reason: 'no-manifest' }
    : {
        status: 'skipped',
        reason: 'no-manifest',
        hint: `instances.${instance.name}.imsManifest names ${configured}, which holds no readable IMS provisioning manifest`,
      };
}

/**
 * Skipped when no record of the account sets `field`: "not mapped" when a record carries attributes that ims-gate
 * does not know (one of them may hold the field, see IMS011), else "not present".
 */
export function fieldSkip(records: readonly ImsAccount[], field: ImsField, mapping: FieldMapping): CoverageStatement | undefined {
  if (records.some((account) => account.fields[field] !== undefined)) return undefined;
  const names = mapping.attributesByField[field].map((name) => `\`${name}\``).join(' or ');
  const unmapped = records.some((account) => mapping.unmappedAttributes(account.attrs).length > 0);
  return unmapped
    ? {
        status: 'skipped',
        reason: 'field-not-mapped',
        hint: `the IMS account sets no attribute mapped to ${field} (${names}) but has attributes ims-gate does not map; map the one that holds it under \`fields.${field}\``,
      }
    : { status: 'skipped', reason: 'field-not-present', hint: `set ${field} (attribute ${names}) on the IMS external account` };
}

/** A manifest key that no manifest of the instance sets. */
export function manifestKeySkip(instance: Instance, key: 'scopes' | 'clientId' | 'redirectUris'): CoverageStatement | undefined {
  if (instance.manifests.some((manifest) => manifest[key] !== undefined)) return undefined;
  const files = instance.manifests.map((manifest) => manifest.file).join(', ');
  return { status: 'skipped', reason: 'field-not-present', hint: `add \`${key}\` to the IMS provisioning manifest (${files})` };
}

/** The first statement that applies, else checked. */
export function firstSkip(...statements: (CoverageStatement | undefined)[]): CoverageStatement {
  return statements.find((statement) => statement !== undefined) ?? CHECKED;
}

/** A rule may state coverage more than once for an instance (one per check): a skip outweighs a check. */
const WEIGHT: Record<CoverageStatus, number> = { skipped: 2, checked: 1, 'not-applicable': 0 };

/**
 * Between two skips, the more telling reason wins whatever the order of the calls: an Admin Console that could not
 * be read (stated where it was read) explains the missing export the rule itself sees.
 */
const REASON_PRIORITY: Partial<Record<SkipReason, number>> = { 'admin-console-unreachable': 1 };

function outweighs(statement: CoverageStatement, previous: RuleCoverage): boolean {
  if (WEIGHT[statement.status] !== WEIGHT[previous.status]) return WEIGHT[statement.status] > WEIGHT[previous.status];
  if (statement.status !== 'skipped' || !previous.reason) return false;
  return (REASON_PRIORITY[statement.reason] ?? 0) > (REASON_PRIORITY[previous.reason] ?? 0);
}

export class CoverageCollector {
  private readonly entries = new Map<string, Map<string, RuleCoverage>>();
  private readonly sources = new Map<string, InstanceCoverage['sources']>();

  constructor(instances: readonly string[]) {
    for (const name of instances) this.entries.set(name, new Map());
  }

  /** Records a rule's statement; of two skips the first stays (the rule's most specific), unless REASON_PRIORITY says otherwise. */
  cover(ruleId: string, instance: string, statement: CoverageStatement): void {
    let rules = this.entries.get(instance);
    if (!rules) {
      rules = new Map();
      this.entries.set(instance, rules);
    }
    const previous = rules.get(ruleId);
    if (previous && !outweighs(statement, previous)) return;
    const entry: RuleCoverage = { ruleId, status: statement.status };
    if (statement.status === 'skipped') {
      entry.reason = statement.reason;
      entry.hint = statement.hint ?? skipReasonHint(statement.reason, instance);
    } else if (statement.hint) entry.hint = statement.hint;
    rules.set(ruleId, entry);
  }

  /** Replaces whatever the rule said (a rule that the config turns off, or that did not run). */
  override(ruleId: string, statement: CoverageStatement): void {
    for (const [instance, rules] of this.entries) {
      rules.delete(ruleId);
      this.cover(ruleId, instance, statement);
    }
  }

  setSources(instance: string, sources: InstanceCoverage['sources']): void {
    this.sources.set(instance, { ...this.sources.get(instance), ...sources });
  }

  instances(): string[] {
    return [...this.entries.keys()];
  }

  /** The instances for which `ruleId` stated nothing: a rule bug, reported by the pipeline. */
  missing(ruleId: string): string[] {
    return [...this.entries].filter(([, rules]) => !rules.has(ruleId)).map(([instance]) => instance);
  }

  /** The coverage, rules in `ruleOrder`, instances in the order given to the constructor. */
  toCoverage(ruleOrder: readonly string[]): Coverage {
    return {
      instances: [...this.entries].map(([instance, rules]) => ({
        instance,
        rules: ruleOrder.flatMap((id) => {
          const entry = rules.get(id);
          return entry ? [{ ...entry }] : [];
        }),
        sources: { ...this.sources.get(instance) },
      })),
    };
  }
}

/** Where an instance's Admin Console users came from: the live Admin Console (when read), else its CSV exports. */
export function adminConsoleSource(instance: Instance, model: Pick<Model, 'liveAdminConsole'>): InstanceCoverage['sources'] {
  const live = model.liveAdminConsole;
  const files = instance.dashboards.filter((exported) => exported.origin !== 'live').map((exported) => exported.file);
  if (live && 'readAt' in live && instance.dashboards.some((exported) => exported.origin === 'live'))
    return { adminConsole: { kind: 'umapi', readAt: live.readAt } };
  if (files.length === 0) return {};
  return { adminConsole: { kind: 'csv', files } };
}

/**
 * Why an instance has no Admin Console users to check: the live Admin Console could not be read (and no CSV export
 * stood in for it), or none is in the repository.
 */
export function adminConsoleMissing(model: Pick<Model, 'liveAdminConsole'>): CoverageStatement {
  const live = model.liveAdminConsole;
  // The problem names the answer (401, a timeout, a missing variable), never a secret or personal data.
  if (live && 'problem' in live) return { status: 'skipped', reason: 'admin-console-unreachable', hint: `not read: ${live.problem}` };
  return { status: 'skipped', reason: 'no-admin-console' };
}
