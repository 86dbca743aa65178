import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '../../src/github/octokit.js';
import { syncLabel } from '../../src/report/labels.js';

function client(removeStatus?: number) {
  const calls: string[] = [];
  const fake = {
    rest: {
      issues: {
        addLabels: async (p: { labels: string[] }) => (calls.push(`add ${p.labels.join(',')}`), { data: [] }),
        removeLabel: async (p: { name: string }) => {
          calls.push(`remove ${p.name}`);
          if (removeStatus) throw Object.assign(new Error('Label does not exist'), { status: removeStatus });
          return { data: [] };
        },
      },
    },
  } as unknown as GitHubClient;
  return { fake, calls };
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
