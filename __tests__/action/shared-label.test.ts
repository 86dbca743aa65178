// The restart label shared by matrix shards: kept while another shard's check run on the commit claims a restart,
// put back when a claim appears while it is being removed, removed when nobody claims it; a failed listing removes
// nothing.
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.js';
import { RESTART_CLAIM, restartClaims, syncSharedLabel } from '../../src/report/labels.js';

const target = { owner: 'o', repo: 'r', issueNumber: 2 };
const shard = { checkName: 'gate (stage)', sha: 'a'.repeat(40) };
const claiming = (name: string) => ({ name, output: { summary: `${RESTART_CLAIM}\n### ❌ gate` } });
const quiet = (name: string) => ({ name, output: { summary: '### ✅ gate' } });

/** A client whose check-run listings answer `listings` in turn, and that records label calls. */
function client(listings: unknown[][] | Error) {
  const calls: string[] = [];
  let listed = 0;
  const fake = {
    paginate: {
      iterator: async function* () {
        calls.push('list');
        if (listings instanceof Error) throw listings;
        yield { data: listings[Math.min(listed++, listings.length - 1)], headers: {} };
      },
    },
    rest: {
      checks: { listForRef: () => undefined },
      issues: {
        addLabels: async (p: { labels: string[] }) => (calls.push(`add ${p.labels.join(',')}`), { data: [] }),
        removeLabel: async (p: { name: string }) => (calls.push(`remove ${p.name}`), { data: [] }),
      },
    },
  } as unknown as GitHubClient;
  return { fake, calls };
}

describe('syncSharedLabel', () => {
  it.each([
    ['needed, absent: added without asking the others', true, [], [[]], 'added', ['add L'], []],
    ['needed, present: nothing to do', true, ['L'], [[]], 'unchanged', [], []],
    ['not needed, absent: nothing to do', false, [], [[]], 'unchanged', [], []],
    ['not needed, another shard claims it: kept', false, ['L'], [[claiming('gate (prod)')]], 'kept', ['list'], ['gate (prod)']],
    ['not needed, nobody claims it: removed', false, ['L'], [[quiet('gate (prod)')], []], 'removed', ['list', 'remove L', 'list'], []],
    [
      'not needed, a claim appears while removing: put back',
      false,
      ['L'],
      [[], [claiming('gate (prod)')]],
      'kept',
      ['list', 'remove L', 'list', 'add L'],
      ['gate (prod)'],
    ],
    [
      'its own earlier run’s claim does not count',
      false,
      ['l'],
      [[claiming('gate (stage)')], []],
      'removed',
      ['list', 'remove L', 'list'],
      [],
    ],
  ] as const)('%s', async (_name, wanted, current, listings, action, calls, claimedBy) => {
    const fake = client(listings.map((l) => [...l]));
    const outcome = await syncSharedLabel(fake.fake, target, 'L', wanted, current, shard);
    expect(outcome).toEqual({ action, claimedBy });
    expect(fake.calls).toEqual(calls);
  });

  it('removes nothing when the check runs cannot be listed', async () => {
    const fake = client(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }));
    await expect(syncSharedLabel(fake.fake, target, 'L', false, ['L'], shard)).rejects.toThrow('Resource not accessible');
    expect(fake.calls).toEqual(['list']);
  });

  it('counts only check runs that carry the claim, by name, once', async () => {
    const fake = client([[claiming('b'), quiet('c'), claiming('a'), claiming('b'), { name: 7 }, null]]);
    expect(await restartClaims(fake.fake, target, shard)).toEqual(['a', 'b']);
  });
});
