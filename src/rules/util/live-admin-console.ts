// The live Admin Console (UMAPI) in the rules. IMS004 and IMS005 judge its users and profiles as they judge a CSV
// export; this adapter only changes where and how their findings say it, since the live source has no file:
//   - a finding at a live profile's "cell" moves to the mask of the instance it concerns, names the profile as
//     "Admin Console (live)" and says how many users hold it (the policy's `live<MessageId>` message, if any);
//   - a related location in the live source is dropped (no annotation may point at a file that does not exist);
//   - findings about single live users are never reported: they become one finding per instance that counts them
//     ("3 users of the live Admin Console cannot log in"), since personal data must not reach GitHub.
import { type DashboardExport, type DashboardUser, LIVE_ADMIN_CONSOLE, type Loc, type MessageDiagnostic, type Model } from '../../types.js';
import { compareStrings } from '../../util/compare.js';
import { fileLoc } from '../../util/loc.js';
import { plural } from '../../util/plural.js';
import { quote } from '../../util/quote.js';
import type { Config } from '../../config/types.js';
import type { RuleMeta } from '../../policy/rules.js';
import { primaryAccountRecords } from './accounts.js';
import { instanceMask, usablePrefix } from './mask.js';

/** The live export of the model, if the live Admin Console was read. */
export function liveExportOf(model: Model): DashboardExport | undefined {
  return model.dashboards.find((exported) => exported.origin === 'live');
}

/** Where findings about the live source go when nothing more precise fits: the config's `adminConsole` key. */
export function liveSourceLoc(config: Config): Loc {
  return config.adminConsole?.loc ?? fileLoc(config.source ?? '.github/ims-gate.yml');
}

/** The place of an instance's association mask (or its IMS account), where its live findings are reported. */
function maskLocOf(model: Model, config: Config, instanceName: string | undefined): Loc {
  const instance = model.instances.find((candidate) => candidate.name === instanceName);
  if (instance) {
    const mask = instanceMask(instance);
    if (mask) return mask.value.loc;
    const account = primaryAccountRecords(instance)[0];
    if (account) return account.loc;
  }
  return liveSourceLoc(config);
}

/** Instance prefixes, longest first, so that a name belongs to the most specific mask. */
function prefixesOf(model: Model): { instance: string; prefix: string }[] {
  return model.instances
    .flatMap((instance) => {
      const prefix = usablePrefix(instanceMask(instance));
      return prefix === undefined ? [] : [{ instance: instance.name, prefix }];
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/**
 * The messages that say a profile finding of the live source its own way ("12 users hold …"), by the messageId
 * the rule reported. Others keep their message, with the profile named as in the live Admin Console.
 */
const LIVE_MESSAGES: Record<string, string> = { missingGroup: 'liveMissingGroup', misspeltGroup: 'liveMisspeltGroup' };

/** Up to five `"profile" (n users)`, most held first, then "and n more". */
function listProfiles(counts: Map<string, number>): string {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
  const shown = sorted.slice(0, 5).map(([name, count]) => `${quote(name)} (${plural(count, 'user')})`);
  return shown.join(', ') + (sorted.length > 5 ? ` and ${sorted.length - 5} more` : '');
}

/** What of a rule's context the adapter uses (the rules' RuleContext, which this folder cannot import). */
interface ReportingContext {
  model: Model;
  config: Config;
  meta: RuleMeta;
  report(diagnostic: MessageDiagnostic): void;
}

/** A fix (issue 13's `fix.replacements`) that would edit the live source, which is no file, is dropped. */
export function dropLiveFix(item: object): void {
  const withFix = item as { fix?: { replacements?: { loc?: { file?: string } }[] } };
  if (withFix.fix?.replacements?.some((replacement) => replacement.loc?.file === LIVE_ADMIN_CONSOLE)) delete withFix.fix;
}

export interface LiveAwareContext<C extends ReportingContext> {
  context: C;
  /** Reports the aggregated findings about live users; call once, after the rule's checks. */
  flush(): void;
}

/** The rule's context, with `report` adapted to the live source; the context itself when there is none. */
export function liveAware<C extends ReportingContext>(context: C): LiveAwareContext<C> {
  const live = liveExportOf(context.model);
  if (!live) return { context, flush: () => undefined };
  const { model, config, meta } = context;
  const users = new Map<Loc, DashboardUser>();
  const cells = new Map<Loc, string>();
  const members = new Map<string, number>();
  for (const user of live.users) {
    users.set(user.loc, user);
    for (const group of user.groups) {
      cells.set(group.loc, group.value);
      members.set(group.value, (members.get(group.value) ?? 0) + 1);
    }
  }
  const pendingUsers: { user: DashboardUser; diagnostic: MessageDiagnostic }[] = [];

  const report = (diagnostic: MessageDiagnostic): void => {
    // By identity, else by the line the live export gives each user (in case a rule copied the Loc): a finding
    // about a user is never reported as it is.
    const { file, line } = diagnostic.loc;
    const user = users.get(diagnostic.loc) ?? (file === LIVE_ADMIN_CONSOLE && line >= 1 ? live.users[line - 1] : undefined);
    if (user) {
      pendingUsers.push({ user, diagnostic });
      return;
    }
    const related = diagnostic.related?.filter((entry) => entry.file !== LIVE_ADMIN_CONSOLE);
    const touchesLive = diagnostic.loc.file === LIVE_ADMIN_CONSOLE || related?.length !== diagnostic.related?.length;
    if (!touchesLive) {
      context.report(diagnostic);
      return;
    }
    const profile = cells.get(diagnostic.loc) ?? diagnostic.subject;
    const data = { ...diagnostic.data };
    const count = members.get(profile);
    let messageId = diagnostic.messageId;
    const liveId = Object.hasOwn(LIVE_MESSAGES, messageId) ? LIVE_MESSAGES[messageId] : undefined;
    if (diagnostic.loc.file === LIVE_ADMIN_CONSOLE && liveId !== undefined && Object.hasOwn(meta.messages, liveId)) {
      messageId = liveId;
      data.members = plural(count ?? 0, 'user');
      data.source = LIVE_ADMIN_CONSOLE;
    } else if (typeof data.name === 'string') data.name = `${data.name} (${LIVE_ADMIN_CONSOLE})`;
    const loc = diagnostic.loc.file === LIVE_ADMIN_CONSOLE ? maskLocOf(model, config, diagnostic.instance) : diagnostic.loc;
    const adapted: MessageDiagnostic = { ...diagnostic, loc, messageId, data };
    if (related && related.length > 0) adapted.related = related;
    else delete adapted.related;
    dropLiveFix(adapted);
    context.report(adapted);
  };

  const flush = (): void => {
    if (pendingUsers.length === 0) return;
    if (!Object.hasOwn(meta.messages, 'liveUsersCannotLogIn'))
      throw new Error(`policies/rules/${meta.id}.yml has no liveUsersCannotLogIn message for the live Admin Console's users`);
    const prefixes = prefixesOf(model);
    const byInstance = new Map<string, { users: number; profiles: Map<string, number>; severity?: MessageDiagnostic['severity'] }>();
    for (const { user, diagnostic } of pendingUsers) {
      const own = (name: string) => prefixes.find(({ prefix }) => name.startsWith(prefix));
      const instance = user.groups.map((group) => own(group.value)).find(Boolean)?.instance ?? '';
      const entry = byInstance.get(instance) ?? { users: 0, profiles: new Map<string, number>(), severity: diagnostic.severity };
      entry.users++;
      for (const group of user.groups) {
        const owner = own(group.value);
        if (owner && owner.instance === (instance || owner.instance))
          entry.profiles.set(group.value, (entry.profiles.get(group.value) ?? 0) + 1);
      }
      byInstance.set(instance, entry);
    }
    for (const [instance, entry] of [...byInstance].sort((a, b) => compareStrings(a[0], b[0]))) {
      context.report({
        loc: maskLocOf(model, config, instance || undefined),
        severity: entry.severity,
        messageId: 'liveUsersCannotLogIn',
        data: { users: plural(entry.users, 'user'), source: LIVE_ADMIN_CONSOLE, profiles: listProfiles(entry.profiles) },
        ...(instance ? { instance } : {}),
        field: 'user',
        // Never a user: the subject is the source and the instance, so the finding stays one as users come and go.
        subject: `${LIVE_ADMIN_CONSOLE}\u0000${instance}`,
      });
    }
  };
  return { context: { ...context, report }, flush };
}
