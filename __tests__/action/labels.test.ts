import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.js';
import { listLabels, syncLabel } from '../../src/report/labels.js';

/** An Octokit RequestError: a real HTTP answer carries `response`. */
const httpError = (status: number, message: string) => Object.assign(new Error(message), { status, response: { status } });

function client(removeStatus?: number) {
  const calls: string[] = [];
  const fake = {
    rest: {
      issues: {
        addLabels: async (p: { labels: string[] }) => (calls.push(`add ${p.labels.join(',')}`), { data: [] }),
        removeLabel: async (p: { name: string }) => {
          calls.push(`remove ${p.name}`);
          if (removeStatus) throw httpError(removeStatus, 'Label does not exist');
          return { data: [] };
        },
      },
    },
  } as unknown as GitHubClient;
  return { fake, calls };
}

function listing(pages: unknown[][], endless = false) {
  return {
    paginate: {
      iterator: async function* () {
        if (endless) for (;;) yield { data: [{ name: 'x' }], headers: { link: '<https://api/n>; rel="next"' } };
        for (const [i, data] of pages.entries())
          yield { data, headers: i + 1 < pages.length ? { link: '<https://api/n>; rel="next"' } : {} };
      },
    },
    rest: { issues: { listLabelsOnIssue: () => undefined } },
  } as unknown as GitHubClient;
}

const target = { owner: 'o', repo: 'r', issueNumber: 2 };

describe('syncLabel', () => {
  it('adds the label when wanted and missing, and leaves it when present (any case)', async () => {
    const a = client();
    expect(await syncLabel(a.fake, target, 'ims-restart-required', true, ['bug'])).toBe('added');
    expect(a.calls).toEqual(['add ims-restart-required']);
    const b = client();
    expect(await syncLabel(b.fake, target, 'ims-restart-required', true, ['IMS-Restart-Required'])).toBe('unchanged');
    expect(b.calls).toEqual([]);
  });

  it('removes the label when it no longer applies, and does nothing when it is not there', async () => {
    const a = client();
    expect(await syncLabel(a.fake, target, 'ims-restart-required', false, ['ims-restart-required'])).toBe('removed');
    const b = client();
    expect(await syncLabel(b.fake, target, 'ims-restart-required', false, [])).toBe('unchanged');
    expect(b.calls).toEqual([]);
  });

  it('treats a 404 on removal (already removed) as done, and other errors as errors', async () => {
    expect(await syncLabel(client(404).fake, target, 'l', false, ['l'])).toBe('unchanged');
    await expect(syncLabel(client(500).fake, target, 'l', false, ['l'])).rejects.toThrow('Label does not exist');
  });
});

describe('listLabels', () => {
  it('reads the names of every page', async () => {
    expect(await listLabels(listing([[{ name: 'a' }, { name: 'b' }], [{ name: 'c' }]]), target)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    [{ name: { toString: 'x' } }, 'an object'],
    [{ name: ['a'] }, 'a list'],
    [{ name: 7 }, 'a number'],
    [{ name: null }, 'null'],
    [{}, 'missing'],
    [null, 'missing'],
  ])('rejects a label whose name is not a string (%j) with a one-line message', async (label, kind) => {
    const error = await listLabels(listing([[{ name: 'ok' }, label]]), target).catch((e: Error) => e);
    expect((error as Error).message).toBe(`the API answered a label of pull request #2 whose name is ${kind}, not a string`);
  });

  it('rejects a page that is not a list, and stops reading a list that never ends', async () => {
    await expect(listLabels(listing([{ name: 'a' } as unknown as unknown[]]), target)).rejects.toThrow('with something that is not a list');
    await expect(listLabels(listing([], true), target)).rejects.toThrow('stopped reading the labels of pull request #2 after 10 pages');
  });
});
