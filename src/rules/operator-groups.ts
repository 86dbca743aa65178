// IMS005 operator-groups: `<mask prefix> + <operator group internal name> = <Enterprise Dashboard group name>`.
// Error: an Enterprise Dashboard group of an instance's mask names no operator group of that instance.
// Warning: an Admin Console user whose Campaign profiles all name no operator group cannot log in at all.
import type { DashboardExport, Instance, Located, Model, OperatorGroup } from '../types.js';
import { dashboardNames, userLabel } from './util/dashboard.js';
import { liveAware } from './util/live-admin-console.js';
import { checkPrefix, instanceMask, usablePrefix } from './util/mask.js';
import { maskConflicts } from './util/mask-conflicts.js';
import { builtinOperatorGroups, type InstanceGroups, instanceOperatorGroups, isMissingBuiltin } from './util/operator-groups.js';
import { renamedBuiltinCandidate } from './util/renamed-groups.js';
import { quote } from '../util/quote.js';
import { relatedAt } from './util/related.js';
import { NearMissIndex } from './util/near-miss-index.js';
import { cleanWhitespace, joinIssues, strayWhitespace } from './util/whitespace.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { FieldMapping } from '../model/fields.js';
import { primaryAccountRecords } from './util/accounts.js';
import { adminConsoleMissing, CHECKED, type CoverageStatement, fieldSkip, NO_ACCOUNT } from './util/coverage.js';
import { replaceValue, withFix } from './util/fix.js';

/** An instance whose Enterprise Dashboard names can be mapped onto its operator groups. */
interface Mapped {
  instance: Instance;
  prefix: string;
  /** Set when the mapping can be judged: the mask fits the names and the instance's groups are in the repository. */
  known?: Set<string>;
  /** The instance's operator groups (own and shared records), when `known` is set. */
  groups?: InstanceGroups;
  /** Its Enterprise Dashboard names (those starting with its prefix), each at its first cell. */
  names: Map<string, Located<string>>;
}

/** Whether `name` belongs to `prefix` rather than to a longer prefix of another instance that also matches. */
function ownedBy(name: string, prefix: string, prefixes: string[]): boolean {
  return (
    name.startsWith(prefix) && !prefixes.some((other) => other.length > prefix.length && other.startsWith(prefix) && name.startsWith(other))
  );
}

function mappedInstances(model: Model, extraGroups: readonly string[], conflicted: ReadonlySet<string>): Mapped[] {
  const withPrefix = model.instances.flatMap((instance) => {
    // A mask that takes another instance's profiles is IMS004's finding: the profiles it matches are not this
    // instance's own, so "create operator group X in this instance" would be a misleading fix.
    if (conflicted.has(instance.name)) return [];
    const prefix = usablePrefix(instanceMask(instance));
    return prefix === undefined ? [] : [{ instance, prefix }];
  });
  const prefixes = withPrefix.map(({ prefix }) => prefix);
  return withPrefix.map(({ instance, prefix }) => {
    const all = dashboardNames(instance.dashboards);
    const names = new Map([...all].filter(([name]) => ownedBy(name, prefix, prefixes)));
    const mapped: Mapped = { instance, prefix, names };
    // A mask that fits no name is IMS004's finding; groups that are not versioned here cannot be judged.
    const groups = instanceOperatorGroups(model, instance, extraGroups);
    if (groups && all.size > 0 && checkPrefix(prefix, [...all.keys()], prefixes).ok) {
      mapped.known = groups.known;
      mapped.groups = groups;
    }
    return mapped;
  });
}

interface Failing {
  name: string;
  cell: Located<string>;
  internalName: string;
}

/** The data every message about a failing Enterprise Dashboard name uses. */
function failingData(mapped: Mapped, failing: Failing): Record<string, string> {
  return {
    name: quote(failing.name),
    internalName: quote(failing.internalName),
    instance: quote(mapped.instance.name),
    instanceName: mapped.instance.name,
    prefix: quote(mapped.prefix),
  };
}

/**
 * An Enterprise Dashboard name that maps to no group, reported at its CSV cell. `misspeltFor`: an existing group
 * that another name already maps to and that this name nearly spells, so this name is probably misspelt.
 */
function reportMissing(context: RuleContext<MessageDiagnostic>, mapped: Mapped, failing: Failing, misspeltFor?: OperatorGroup): void {
  const at = { loc: failing.cell.loc, instance: mapped.instance.name, field: 'operatorGroup', subject: failing.name };
  const builtin = missingBuiltinData(mapped, failing);
  if (builtin) {
    context.report({ ...at, messageId: 'missingBuiltinGroup', data: { ...failingData(mapped, failing), ...builtin } });
    return;
  }
  if (!misspeltFor) {
    context.report({ ...at, messageId: 'missingGroup', data: failingData(mapped, failing) });
    return;
  }
  context.report({
    ...at,
    messageId: 'misspeltGroup',
    data: { ...failingData(mapped, failing), suggestion: quote(mapped.prefix + misspeltFor.name.value) },
    related: [relatedAt(misspeltFor.name.loc, `operator group ${quote(misspeltFor.name.value)}`)],
    // The CSV is an export of the Admin Console: the fix is a suggestion to make there, never applied to the file.
    ...withFix(replaceValue(failing.cell, mapped.prefix + misspeltFor.name.value, { suggestionOnly: true })),
  });
}

/**
 * The data of a message about a built-in group that the instance's complete export lacks: which built-in group
 * of the export shows that it is complete. Undefined when the internal name is no such group.
 */
function missingBuiltinData(mapped: Mapped, failing: Failing): Record<string, string> | undefined {
  const groups = mapped.groups;
  if (!groups?.completeBy || !isMissingBuiltin(groups, failing.internalName)) return undefined;
  return { completeBy: quote(groups.completeBy.name.value) };
}

/** A group that no Enterprise Dashboard name maps to any more, and that a failing name nearly spells: renamed. */
function reportRenamed(context: RuleContext<MessageDiagnostic>, mapped: Mapped, failing: Failing, group: OperatorGroup): void {
  const builtin = missingBuiltinData(mapped, failing);
  context.report({
    loc: group.name.loc,
    messageId: builtin ? 'renamedBuiltinGroup' : 'renamedGroup',
    data: {
      ...failingData(mapped, failing),
      ...builtin,
      group: quote(group.name.value),
      renamedProfile: quote(mapped.prefix + group.name.value),
    },
    instance: mapped.instance.name,
    field: 'operatorGroup',
    subject: failing.name,
    related: [relatedAt(failing.cell.loc, `Enterprise Dashboard group ${quote(failing.name)}`)],
  });
}

function reportWhitespace(context: RuleContext<MessageDiagnostic>, mapped: Mapped, failing: Failing, issues: string): void {
  const cleaned = cleanWhitespace(failing.internalName);
  const exists = cleaned !== '' && mapped.known?.has(cleaned);
  context.report({
    loc: failing.cell.loc,
    messageId: exists ? 'strayWhitespace' : 'strayWhitespaceNoGroup',
    data: { ...failingData(mapped, failing), issues, expected: quote(mapped.prefix + (cleaned || '<operator group internal name>')) },
    instance: mapped.instance.name,
    field: 'operatorGroup',
    subject: failing.name,
    ...withFix(exists ? replaceValue(failing.cell, mapped.prefix + cleaned, { suggestionOnly: true }) : undefined),
  });
}

function checkInstance(context: RuleContext<MessageDiagnostic>, mapped: Mapped, known: Set<string>, groups: InstanceGroups): void {
  const { prefix } = mapped;
  const matched = new Set<string>();
  const failing: Failing[] = [];
  for (const [name, cell] of mapped.names) {
    const internalName = name.slice(prefix.length);
    if (known.has(internalName)) matched.add(internalName);
    else failing.push({ name, cell, internalName });
  }
  if (failing.length === 0) return;

  // Candidates for "renamed": the instance's group records, own and shared (one per internal name). A group that
  // another Enterprise Dashboard name still maps to was not renamed: a name that nearly spells it is the one
  // misspelt. Nor was a record that carries a built-in group's own name: it is that built-in group.
  const builtin = builtinOperatorGroups();
  const index = new NearMissIndex(groups.records, (group) => group.name.value);
  const renameable = (group: OperatorGroup): boolean => !matched.has(group.name.value) && !builtin.has(group.name.value);
  const renameableFirst = (candidates: OperatorGroup[]): OperatorGroup[] => [
    ...candidates.filter(renameable),
    ...candidates.filter((group) => !renameable(group)),
  ];

  const nearest: { failing: Failing; level: OperatorGroup[]; distance: number }[] = [];
  for (const entry of failing) {
    const issues = strayWhitespace(entry.internalName, { offset: prefix.length });
    if (issues.length > 0 || entry.internalName === '') {
      reportWhitespace(context, mapped, entry, entry.internalName === '' ? 'no operator group name' : joinIssues(issues));
      continue;
    }
    const level = index.size > 0 ? index.nearestLevel(entry.internalName) : [];
    nearest.push({ failing: entry, level: renameableFirst(level.map((match) => match.item)), distance: level[0]?.distance ?? Infinity });
  }
  // Each group is blamed for one Enterprise Dashboard name at most: the nearest names claim their groups first;
  // a name whose nearest groups are all claimed looks further, up to the distance limit.
  const taken = new Set<OperatorGroup>();
  const order = nearest.map((_, i) => i).sort((a, b) => nearest[a].distance - nearest[b].distance || a - b);
  for (const i of order) {
    const { failing: entry, level, distance } = nearest[i];
    let group = level.find((candidate) => !taken.has(candidate));
    if (!group && distance < index.maxDistance) group = index.within(entry.internalName).find((match) => !taken.has(match.item))?.item;
    // A built-in group the complete export lacks, renamed by more than a typo (delivery → deliveryOps).
    if ((!group || !renameable(group)) && isMissingBuiltin(groups, entry.internalName))
      group =
        renamedBuiltinCandidate(
          entry.internalName,
          groups.records.filter((candidate) => renameable(candidate) && !taken.has(candidate)),
        ) ?? group;
    if (group && renameable(group)) {
      taken.add(group);
      reportRenamed(context, mapped, entry, group);
    } else reportMissing(context, mapped, entry, group);
  }
}

/** Users whose Campaign profiles (names of some instance's mask) all map to no operator group. */
function checkUsers(context: RuleContext<MessageDiagnostic>, all: Mapped[], exported: DashboardExport): void {
  const visible = all.filter((mapped) => mapped.instance.dashboards.includes(exported)).sort((a, b) => b.prefix.length - a.prefix.length);
  if (visible.length === 0 || !visible.some((mapped) => mapped.known)) return;
  for (const user of exported.users) {
    const profiles: string[] = [];
    let judgeable = true;
    let mapsToGroup = false;
    for (const group of user.groups) {
      const mapped = visible.find((candidate) => group.value.startsWith(candidate.prefix));
      if (!mapped) continue;
      profiles.push(group.value);
      if (!mapped.known) judgeable = false;
      else if (mapped.known.has(group.value.slice(mapped.prefix.length))) mapsToGroup = true;
      if (mapsToGroup || !judgeable) break;
    }
    if (profiles.length === 0 || !judgeable || mapsToGroup) continue;
    const listed =
      profiles
        .slice(0, 3)
        .map((profile) => quote(profile))
        .join(', ') + (profiles.length > 3 ? ` and ${profiles.length - 3} more` : '');
    context.report({
      loc: user.loc,
      severity: 'warning',
      messageId: 'userCannotLogIn',
      data: { user: quote(userLabel(user)), profiles: listed },
      field: 'user',
      subject: `${exported.file}\u0000${user.email ?? user.username ?? profiles.join(',')}`,
    });
  }
}

/** Why an instance's Admin Console profiles were (not) mapped onto its operator groups: `known` decides. */
function groupsCoverage(
  context: Pick<RuleContext, 'model' | 'config'>,
  instance: Instance,
  mapped: Mapped | undefined,
  mapping: FieldMapping,
  conflicted: ReadonlySet<string>,
): CoverageStatement {
  if (mapped?.known) return CHECKED;
  const records = primaryAccountRecords(instance);
  if (records.length === 0) return NO_ACCOUNT;
  if (conflicted.has(instance.name))
    return { status: 'not-applicable', hint: "the association mask takes another instance's profiles (see IMS004)" };
  if (!mapped)
    return (
      fieldSkip(records, 'associationMask', mapping) ?? {
        status: 'not-applicable',
        hint: 'the association mask is not a usable `<prefix>(.*)` (see IMS004)',
      }
    );
  if (instance.dashboards.length === 0) return adminConsoleMissing(context.model);
  if (!instanceOperatorGroups(context.model, instance, context.config.operatorGroups))
    return { status: 'skipped', reason: 'no-operator-groups' };
  return { status: 'not-applicable', hint: "the association mask's prefix starts no Admin Console profile name (see IMS004)" };
}

export const operatorGroupsRule: Rule = {
  id: 'IMS005',
  check(ruleContext) {
    // The live Admin Console has no file: its findings go to the mask, its users are counted, never named.
    const { context, flush } = liveAware(ruleContext);
    // An overlapping mask keeps its own profiles (ownedBy leaves the longer family's to its instance): judged.
    const conflicts = [...maskConflicts(context.model, context.config).values()];
    const conflicted = new Set(conflicts.filter((conflict) => conflict.kind !== 'overlaps').map((conflict) => conflict.instance.name));
    const all = mappedInstances(context.model, context.config.operatorGroups, conflicted);
    const mapping = new FieldMapping(context.config);
    for (const instance of context.model.instances) {
      const mapped = all.find((candidate) => candidate.instance === instance);
      context.cover(instance.name, groupsCoverage(context, instance, mapped, mapping, conflicted));
    }
    for (const mapped of all) if (mapped.known && mapped.groups) checkInstance(context, mapped, mapped.known, mapped.groups);
    for (const exported of context.model.dashboards) checkUsers(context, all, exported);
    flush();
  },
};
