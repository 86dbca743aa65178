// The rules' adapter for the live Admin Console (src/rules/util/live-admin-console.ts), on its own: where findings
// about live profiles and users go, what they say, and what they must not carry (a related location or a fix in
// the live source, which is no file; a user).
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { loadRuleMetadata } from '../../src/policy/rules.js';
import { liveExport } from '../../src/read/umapi/index.js';
import { liveAware } from '../../src/rules/util/live-admin-console.js';
import { LIVE_ADMIN_CONSOLE, type Loc, type MessageDiagnostic, type Model } from '../../src/types.js';

const at = (file: string, line: number, column = 1): Loc => ({ file, line, column, endLine: line, endColumn: column + 1 });
const MASK = at('acme/ims.xml', 7, 43);

function setup() {
  const live = liveExport({
    groups: [
      { name: 'Campaign - acme - gone', type: 'PRODUCT_PROFILE' },
      { name: 'Campaign - acme - kept', type: 'PRODUCT_PROFILE' },
    ],
    users: [
      { email: 'a@example.org', groups: ['Campaign - acme - gone'] },
      { email: 'b@example.org', groups: ['Campaign - acme - gone', 'Campaign - acme - kept'] },
      { username: 'c.user', groups: ['Campaign - acme - gone'] },
    ],
  });
  const account = {
    instance: 'acme',
    file: 'acme/ims.xml',
    loc: at('acme/ims.xml', 6),
    fields: {
      internalName: { value: 'Adobe_Marketing_Cloud', loc: at('acme/ims.xml', 6, 17) },
      associationMask: { value: 'Campaign - acme - (.*)', loc: MASK },
    },
    attrs: {},
  };
  const model: Model = {
    instances: [
      { name: 'acme', accounts: [account], groups: [], serverConfs: [], manifests: [], dashboards: [live], files: [], unreadable: [] },
    ],
    fallbackInstance: 'acme',
    dashboards: [live],
    suppressions: [],
    problems: [],
  };
  const reported: MessageDiagnostic[] = [];
  const meta = loadRuleMetadata().get('IMS005');
  if (!meta) throw new Error('no IMS005');
  const { context, flush } = liveAware({ model, config: defaultConfig(), meta, report: (d: MessageDiagnostic) => reported.push(d) });
  return { live, context, flush, reported };
}

describe('the live Admin Console adapter', () => {
  it('moves a profile finding to the mask, counts its users, and drops a fix that would edit the live source', () => {
    const { live, context, reported } = setup();
    const cell = live.users[0].groups[0];
    context.report({
      loc: cell.loc,
      messageId: 'missingGroup',
      data: {
        name: '"Campaign - acme - gone"',
        internalName: '"gone"',
        instance: '"acme"',
        instanceName: 'acme',
        prefix: '"Campaign - acme - "',
      },
      instance: 'acme',
      field: 'operatorGroup',
      subject: 'Campaign - acme - gone',
      ...({ fix: { replacements: [{ loc: cell.loc, text: 'x' }] } } as object),
    });
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({
      loc: MASK,
      messageId: 'liveMissingGroup',
      data: { members: '3 users', source: LIVE_ADMIN_CONSOLE },
    });
    expect(reported[0]).not.toHaveProperty('fix');
  });

  it('drops a related location in the live source and names the profile as the live Admin Console', () => {
    const { live, context, reported } = setup();
    const group = at('acme/groups.xml', 4, 12);
    context.report({
      loc: group,
      messageId: 'renamedGroup',
      data: { name: '"Campaign - acme - gone"' },
      instance: 'acme',
      subject: 'Campaign - acme - gone',
      related: [{ file: LIVE_ADMIN_CONSOLE, line: 1, column: 1, message: 'Enterprise Dashboard group' }],
    });
    const kept = live.users.flatMap((user) => user.groups).find((entry) => entry.value === 'Campaign - acme - kept');
    if (!kept) throw new Error('no kept');
    context.report({
      loc: kept.loc,
      messageId: 'strayWhitespace',
      data: { name: '"Campaign - acme - kept"' },
      instance: 'acme',
      subject: 'x',
    });
    expect(reported.map((d) => [d.loc, d.messageId, d.data?.name, d.related])).toEqual([
      [group, 'renamedGroup', `"Campaign - acme - gone" (${LIVE_ADMIN_CONSOLE})`, undefined],
      [MASK, 'strayWhitespace', `"Campaign - acme - kept" (${LIVE_ADMIN_CONSOLE})`, undefined],
    ]);
  });

  it('never reports a live user: it counts them, per instance, at the mask', () => {
    const { live, context, flush, reported } = setup();
    // One Loc copied, as a rule might: still a user, still counted.
    for (const user of live.users)
      context.report({
        loc: user === live.users[2] ? { ...user.loc } : user.loc,
        severity: 'warning',
        messageId: 'userCannotLogIn',
        data: { user: `"${user.email ?? user.username}"` },
        subject: 'u',
      });
    expect(reported).toEqual([]);
    flush();
    expect(reported).toEqual([
      {
        loc: MASK,
        severity: 'warning',
        messageId: 'liveUsersCannotLogIn',
        data: {
          users: '3 users',
          source: LIVE_ADMIN_CONSOLE,
          profiles: '"Campaign - acme - gone" (3 users), "Campaign - acme - kept" (1 user)',
        },
        instance: 'acme',
        field: 'user',
        subject: `${LIVE_ADMIN_CONSOLE}\u0000acme`,
      },
    ]);
    expect(JSON.stringify(reported)).not.toMatch(/example\.org|c\.user/);
  });

  it('passes findings that do not touch the live source through unchanged', () => {
    const { context, reported } = setup();
    const diagnostic: MessageDiagnostic = { loc: at('x.csv', 2), messageId: 'missingGroup', data: { name: '"n"' }, subject: 'n' };
    context.report(diagnostic);
    expect(reported).toEqual([diagnostic]);
  });
});
