// The semantic diff of two snapshots of one instance, and how a change is reported.
import type { Diagnostic, Loc, RestartChange } from '../types.js';
import { type RestartCommands, restartAdvice, restartCommand } from '../util/campaign.js';
import { quote, type QuoteOptions } from '../util/quote.js';
import { isUrlName, maskUrlUserinfo, maskUserinfo } from '../util/secrets.js';
import { isAccountKey, type Entry, type Snapshot } from './snapshot.js';

type ChangeKind = 'modified' | 'added' | 'removed' | 'account-added' | 'account-removed';

export interface SettingChange {
  instance: string;
  key: string;
  kind: ChangeKind;
  before?: Entry;
  after?: Entry;
}

/** Shown instead of a secret's value, on the side where it is set. */
const SECRET_PLACEHOLDER = 'changed';

/** Changed, added and removed settings; an added or removed account is one change, not one per field. */
export function diffSnapshots(instance: string, base: Snapshot, head: Snapshot): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const [key, after] of head) {
    const before = base.get(key);
    if (isAccountKey(key)) {
      if (!before) changes.push({ instance, key, kind: 'account-added', after });
    } else if (!before) {
      if (base.has(after.group) || !isAccountKey(after.group)) changes.push({ instance, key, kind: 'added', after });
    } else if (before.value !== after.value) changes.push({ instance, key, kind: 'modified', before, after });
  }
  for (const [key, before] of base) {
    if (head.has(key)) continue;
    if (isAccountKey(key)) changes.push({ instance, key, kind: 'account-removed', before });
    else if (head.has(before.group) || !isAccountKey(before.group)) changes.push({ instance, key, kind: 'removed', before });
  }
  return changes;
}

function shown(entry: Entry | undefined): string | null {
  if (!entry) return null;
  return entry.secret ? SECRET_PLACEHOLDER : visibleValue(entry);
}

/** A value as a change shows it: the userinfo of a URL (`https://user:password@host`) is a credential, never shown. */
function visibleValue(entry: Entry): string {
  return isUrlName(entry.name) ? maskUrlUserinfo(entry.value) : maskUserinfo(entry.value);
}

/** The report's view of a change, at `where`: the same place as its IMS010 notice, in the working tree. */
export function toRestartChange(change: SettingChange, where: Loc): RestartChange {
  return {
    instance: change.instance,
    field: change.key,
    file: where.file,
    line: where.line,
    before: shown(change.before),
    after: shown(change.after),
  };
}

/** How a notice quotes a setting's value. */
const VALUE_QUOTE: QuoteOptions = { json: true, maxLength: 120 };

function describe(change: SettingChange, label: string): string {
  const { before, after } = change;
  switch (change.kind) {
    case 'account-added':
      return `IMS account "${after?.accountName}" was added`;
    case 'account-removed':
      return `IMS account "${before?.accountName}" was removed (it was in ${before?.loc.file}, line ${before?.loc.line})`;
    case 'added':
      return after?.secret
        ? `${label} was set (a secret: value not shown)`
        : `${label} was set to ${quote(after ? visibleValue(after) : '', VALUE_QUOTE)} (it was not set)`;
    case 'removed':
      return before?.secret
        ? `${label} was removed (a secret: value not shown)`
        : `${label} was removed (it was ${quote(before ? visibleValue(before) : '', VALUE_QUOTE)})`;
    case 'modified':
      return after?.secret
        ? `${label} changed (a secret: values not shown)`
        : `${label} changed from ${quote(before ? visibleValue(before) : '', VALUE_QUOTE)} to ${quote(after ? visibleValue(after) : '', VALUE_QUOTE)}`;
  }
}

interface DiagnosticOptions {
  /** Name the account in messages (the instance has more than one IMS account). */
  nameAccount: boolean;
  /** Where a removal is reported in the working tree. */
  removalLoc(change: SettingChange): Loc;
  /** The config's restart commands (`instances.<name>.restartCommand`). */
  commands?: RestartCommands;
}

/** Where a change is reported, in the working tree: the head value, or for a removal see removalLoc. */
export function changeLoc(change: SettingChange, options: Pick<DiagnosticOptions, 'removalLoc'>): Loc {
  return change.after ? change.after.loc : options.removalLoc(change);
}

/** The IMS010 notice of a change, at the same place as its `restart.changes` entry. */
export function toDiagnostic(change: SettingChange, options: DiagnosticOptions): Diagnostic {
  const entry = (change.after ?? change.before) as Entry;
  const ofAccount =
    options.nameAccount && entry.accountName !== undefined && !change.kind.startsWith('account-')
      ? ` of IMS account "${entry.accountName}"`
      : '';
  const command = restartCommand(change.instance, options.commands);
  const loc = changeLoc(change, options);
  const restartChange = toRestartChange(change, loc);
  return {
    loc,
    message: `Restart the Campaign server of instance ${change.instance} once this is deployed (\`${command}\`): ${describe(change, entry.name + ofAccount)}`,
    instance: change.instance,
    field: change.key,
    value: JSON.stringify([restartChange.before, restartChange.after]),
    remediation: `Deploy this change to instance ${change.instance}, then restart its Campaign server: ${restartAdvice(change.instance, options.commands)}. The server reads its IMS settings when it starts.`,
  };
}
