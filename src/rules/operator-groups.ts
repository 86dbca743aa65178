// IMS005 operator-groups: `<mask prefix> + <operator group internal name> = <Enterprise Dashboard group name>`.
// Error: an Enterprise Dashboard group of an instance's mask names no operator group of that instance.
// Warning: an Admin Console user whose Campaign profiles all name no operator group cannot log in at all.
import type { DashboardExport, Instance, Located, Model, OperatorGroup } from '../types.js';
import { dashboardNames, userLabel } from './util/dashboard.js';
import { checkPrefix, instanceMask, usablePrefix } from './util/mask.js';
import { knownOperatorGroups } from './util/operator-groups.js';
import { quote } from '../util/quote.js';
import { relatedAt } from './util/related.js';
import { NearMissIndex } from './util/near-miss-index.js';
import { cleanWhitespace, joinIssues, strayWhitespace } from './util/whitespace.js';
import type { MessageDiagnostic, Rule, RuleContext } from './types.js';
import { replaceValue, withFix } from './util/fix.js';

/** An instance whose Enterprise Dashboard names can be mapped onto its operator groups. */
interface Mapped {
  instance: Instance;
  prefix: string;
  /** Set when the mapping can be judged: the mask fits the names and the instance's groups are in the repository. */
  known?: Set<string>;
  /** Its Enterprise Dashboard names (those starting with its prefix), each at its first cell. */
  names: Map<string, Located<string>>;
}

/** Whether `name` belongs to `prefix` rather than to a longer prefix of another instance that also matches. */
function ownedBy(name: string, prefix: string, prefixes: string[]): boolean {
  return (
    name.startsWith(prefix) && !prefixes.some((other) => other.length > prefix.length && other.startsWith(prefix) && name.startsWith(other))
  );
}

function mappedInstances(model: Model, extraGroups: readonly string[]): Mapped[] {
  const withPrefix = model.instances.flatMap((instance) => {
    const prefix = usablePrefix(instanceMask(instance));
    return prefix === undefined ? [] : [{ instance, prefix }];
  });
  const prefixes = withPrefix.map(({ prefix }) => prefix);
  return withPrefix.map(({ instance, prefix }) => {
    const all = dashboardNames(instance.dashboards);
    const names = new Map([...all].filter(([name]) => ownedBy(name, prefix, prefixes)));
    const mapped: Mapped = { instance, prefix, names };
    // A mask that fits no name is IMS004's finding; groups that are not versioned here cannot be judged.
    if (instance.groups.length > 0 && all.size > 0 && checkPrefix(prefix, [...all.keys()], prefixes).ok)
      mapped.known = knownOperatorGroups(model, instance, extraGroups);
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

/** A group that no Enterprise Dashboard name maps to any more, and that a failing name nearly spells: renamed. */
function reportRenamed(context: RuleContext<MessageDiagnostic>, mapped: Mapped, failing: Failing, group: OperatorGroup): void {
  context.report({
    loc: group.name.loc,
    messageId: 'renamedGroup',
    data: { ...failingData(mapped, failing), group: quote(group.name.value), renamedProfile: quote(mapped.prefix + group.name.value) },
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

function checkInstance(context: RuleContext<MessageDiagnostic>, mapped: Mapped, known: Set<string>): void {
  const { instance, prefix } = mapped;
  const matched = new Set<string>();
  const failing: Failing[] = [];
  for (const [name, cell] of mapped.names) {
    const internalName = name.slice(prefix.length);
    if (known.has(internalName)) matched.add(internalName);
    else failing.push({ name, cell, internalName });
  }
  if (failing.length === 0) return;

  // Candidates for "renamed": the instance's own groups (one record per internal name). A group that another
  // Enterprise Dashboard name still maps to was not renamed: a name that nearly spells it is the one misspelt.
  const own = new Map<string, OperatorGroup>();
  for (const group of instance.groups) if (!own.has(group.name.value)) own.set(group.name.value, group);
  const index = new NearMissIndex(own.values(), (group) => group.name.value);
  const unmatchedFirst = (groups: OperatorGroup[]): OperatorGroup[] => [
    ...groups.filter((group) => !matched.has(group.name.value)),
    ...groups.filter((group) => matched.has(group.name.value)),
  ];

  const nearest: { failing: Failing; level: OperatorGroup[]; distance: number }[] = [];
  for (const entry of failing) {
    const issues = strayWhitespace(entry.internalName, { offset: prefix.length });
    if (issues.length > 0 || entry.internalName === '') {
      reportWhitespace(context, mapped, entry, entry.internalName === '' ? 'no operator group name' : joinIssues(issues));
      continue;
    }
    const level = index.size > 0 ? index.nearestLevel(entry.internalName) : [];
    nearest.push({ failing: entry, level: unmatchedFirst(level.map((match) => match.item)), distance: level[0]?.distance ?? Infinity });
  }
  // Each group is blamed for one Enterprise Dashboard name at most: the nearest names claim their groups first;
  // a name whose nearest groups are all claimed looks further, up to the distance limit.
  const taken = new Set<OperatorGroup>();
  const order = nearest.map((_, i) => i).sort((a, b) => nearest[a].distance - nearest[b].distance || a - b);
  for (const i of order) {
    const { failing: entry, level, distance } = nearest[i];
    let group = level.find((candidate) => !taken.has(candidate));
    if (!group && distance < index.maxDistance) group = index.within(entry.internalName).find((match) => !taken.has(match.item))?.item;
    if (group && !matched.has(group.name.value)) {
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

export const operatorGroupsRule: Rule = {
  id: 'IMS005',
  check(context) {
    const all = mappedInstances(context.model, context.config.operatorGroups);
    for (const mapped of all) if (mapped.known) checkInstance(context, mapped, mapped.known);
    for (const exported of context.model.dashboards) checkUsers(context, all, exported);
  },
};
