// The diff of `--fix-dry-run` applies: `git apply --check` (and `git apply`) on a copy of the tree takes it, and the
// result is byte for byte what `--fix` writes: with a secret in a context line (the context stops before it), in a
// CRLF file with a byte-order mark, when the fixed line is line 1 behind the BOM, and without a final newline. The
// secret is never printed; when it sits on the changed line itself, the hunk is masked and said not to apply.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imsAccountPackage, manifest } from '../sarif/fixtures.js';
import { writeRepo } from '../helpers/repo.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const ACCOUNT = 'prod/packages/ims-account.xml';
const MANIFEST = 'prod/ims/manifest.yml';
const SECRET = '@57QS5VHMb9BCsojLVrKI/Q==';

function cli(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, 'check', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', IMS_CLIENT_SECRET: '' },
  });
}

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

/** A copy of the tree in a fresh git repository, the diff written next to it. */
function copyWithPatch(root: string, patch: string): { copy: string; patchFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ims-gate-dry-'));
  const copy = join(dir, 'tree');
  cpSync(root, copy, { recursive: true });
  git(copy, 'init', '-q');
  const patchFile = join(dir, 'fix.patch');
  writeFileSync(patchFile, patch);
  return { copy, patchFile };
}

/** Runs the dry run on `files`; checks that nothing leaks; returns its output and where --fix and the patch lead. */
function dryRun(files: Record<string, string | Buffer>) {
  const root = writeRepo(files);
  const run = cli(root, '--fix-dry-run');
  expect(run.stdout + run.stderr).not.toContain(SECRET);
  expect(run.stdout + run.stderr).not.toContain(SECRET.slice(-8));
  const { copy, patchFile } = copyWithPatch(root, run.stdout);
  const fixed = writeRepo(files);
  cli(fixed, '--fix');
  return { root, run, copy, patchFile, fixed };
}

function clean(): Record<string, string> {
  return { [ACCOUNT]: imsAccountPackage('prod'), [MANIFEST]: manifest('prod') };
}

function crlfBom(text: string): string {
  return `\uFEFF${text.replace(/\n/g, '\r\n')}`;
}

describe('--fix-dry-run: a diff that applies', () => {
  it('a secret in a context line is not printed: the hunk stops before it, and plain git apply takes it', () => {
    // The secret is on line 8, the fix on line 10: one clean line of context before the change, two after (the end).
    const files = clean();
    files[ACCOUNT] = files[ACCOUNT]
      .replace('imsOrgId="ABCDEF1234567890@AdobeOrg" ', 'imsOrgId="ABCDEF1234567890@AdobeOrg"\n                ')
      .replace('imsAssociationMask="Campaign - prod - (.*)"', 'imsAssociationMask="Campaign  - prod - (.*)"');
    const { run, copy, patchFile, fixed } = dryRun(files);
    expect(run.stdout).not.toContain('********');
    expect(run.stdout).not.toContain('imsClientSecret');
    expect(run.stdout).toContain(`--- a/${ACCOUNT}\n+++ b/${ACCOUNT}\n@@ -9,4 +9,4 @@\n                 imsOrgId=`);
    expect(git(copy, 'apply', '--check', patchFile).stderr).toBe('');
    expect(git(copy, 'apply', patchFile).status).toBe(0);
    expect(readFileSync(join(copy, ACCOUNT))).toEqual(readFileSync(join(fixed, ACCOUNT)));
    expect(run.stderr).toBe('ims-gate: --fix-dry-run: 1 fix in 1 file would be applied; nothing was written\n');
  });

  it('changes above and below a secret line make two hunks, neither printing it, and plain git apply takes both', () => {
    // One attribute a line: imsScope (line 8) and imsAssociationMask (line 13) are fixed, the secret is line 10.
    const files = clean();
    files[ACCOUNT] = files[ACCOUNT]
      .replace(/" (ims|product)/g, '"\n                $1')
      .replace('read_organizations"', 'read_organisations"')
      .replace('Campaign - prod', 'Campaign  - prod');
    const { run, copy, patchFile, fixed } = dryRun(files);
    expect(run.stdout.match(/^@@ .* @@$/gm)).toEqual(['@@ -5,5 +5,5 @@', '@@ -11,6 +11,6 @@']);
    expect(run.stdout).not.toContain('imsClientSecret');
    expect(git(copy, 'apply', '--check', patchFile).stderr).toBe('');
    expect(git(copy, 'apply', patchFile).status).toBe(0);
    expect(readFileSync(join(copy, ACCOUNT))).toEqual(readFileSync(join(fixed, ACCOUNT)));
    expect(readFileSync(join(fixed, ACCOUNT))).not.toEqual(Buffer.from(files[ACCOUNT]));
  });

  it('a change right before the secret line has no context: it applies with --unidiff-zero and patch, and says so', () => {
    const files = clean();
    files[ACCOUNT] = files[ACCOUNT].replace('imsClientId="campaign-prod"', 'imsClientId="campaign-prodd"');
    const { run, copy, patchFile, fixed } = dryRun(files);
    expect(run.stdout).toBe(
      `--- a/${ACCOUNT}\n+++ b/${ACCOUNT}\n@@ -7,1 +7,1 @@\n` +
        '-                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-prodd"\n' +
        '+                imsServer="https://ims-na1.adobelogin.com" imsScope="openid,AdobeID,read_organizations" imsClientId="campaign-prod"\n',
    );
    expect(run.stderr).toContain(
      `ims-gate: --fix-dry-run: ${ACCOUNT}:7 (hunk without context after it, a secret follows: apply with git apply --unidiff-zero, or patch)\n`,
    );
    expect(git(copy, 'apply', '--check', '--unidiff-zero', patchFile).stderr).toBe('');
    expect(spawnSync('patch', ['-p1', '-s', '-i', patchFile], { cwd: copy }).status).toBe(0);
    expect(readFileSync(join(copy, ACCOUNT))).toEqual(readFileSync(join(fixed, ACCOUNT)));
  });

  it('a secret on the changed line itself is masked, and the hunk is said not to apply; --fix still fixes it', () => {
    const files = clean();
    files[ACCOUNT] = files[ACCOUNT].replace('imsCallbackServer="https://prod.', 'imsCallbackServer="http://prod.');
    const { run, fixed } = dryRun(files);
    expect(run.stdout).toContain('\n-                imsClientSecret="********" imsCallbackServer="http://prod.campaign.example.com"\n');
    expect(run.stdout).toContain('\n+                imsClientSecret="********" imsCallbackServer="https://prod.campaign.example.com"\n');
    expect(run.stderr).toContain(`ims-gate: --fix-dry-run: ${ACCOUNT}:8 (hunk not applicable: a secret on the changed line is masked)\n`);
    expect(readFileSync(join(fixed, ACCOUNT), 'utf8')).toBe(clean()[ACCOUNT]);
  });

  it.each([
    [
      'a CRLF file with a byte-order mark',
      crlfBom(manifest('prod').replace('productContext: dma_campaign_classic', 'productContext: dma_campaign')),
    ],
    [
      'a one-line flow manifest: the fixed line is line 1, behind the BOM',
      '\uFEFF{kind: ims-provisioning, instance: prod, clientId: campaign-prod, scopes: [openid, AdobeID, read_organizations], productContext: dma_campaign, orgId: ABCDEF1234567890@AdobeOrg, redirectUris: [https://prod.campaign.example.com]}\n',
    ],
    [
      'a file without a final newline, fixed on its last line',
      manifest('prod').replace('productContext: dma_campaign_classic\n', '').concat('productContext: dma_campaign'),
    ],
    [
      'a CRLF file without a final newline',
      crlfBom(manifest('prod').replace('productContext: dma_campaign_classic\n', '').concat('productContext: dma_campaign')),
    ],
  ])('%s: git apply takes the diff, which gives the --fix bytes', (_name, text) => {
    const { run, copy, patchFile, fixed, root } = dryRun({ [ACCOUNT]: imsAccountPackage('prod'), [MANIFEST]: text });
    expect(run.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    expect(readFileSync(join(fixed, MANIFEST))).not.toEqual(readFileSync(join(root, MANIFEST)));
    expect(git(copy, 'apply', '--check', patchFile).stderr).toBe('');
    expect(git(copy, 'apply', patchFile).status).toBe(0);
    expect(readFileSync(join(copy, MANIFEST))).toEqual(readFileSync(join(fixed, MANIFEST)));
    if (text.startsWith('\uFEFF') && !text.includes('\n')) expect(run.stdout).toContain('\n-\uFEFF{kind');
  });

  it('a UTF-16 file: the diff is shown decoded, with a note that it cannot be applied; --fix still fixes it', () => {
    const text = manifest('prod').replace('productContext: dma_campaign_classic', 'productContext: dma_campaign');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { run, fixed } = dryRun({ [ACCOUNT]: imsAccountPackage('prod'), [MANIFEST]: utf16 });
    expect(run.stdout).toContain('\n-productContext: dma_campaign\n+productContext: dma_campaign_classic\n');
    expect(run.stderr).toContain(
      `ims-gate: --fix-dry-run: ${MANIFEST}: its diff is shown decoded (the file is not UTF-8): it cannot be applied with patch; --fix applies it\n`,
    );
    const after = readFileSync(join(fixed, MANIFEST));
    expect(after.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(after.subarray(2).toString('utf16le')).toBe(manifest('prod'));
  });
});

describe('--fix-dry-run: a file in a code page', () => {
  it('is diffed decoded, with a note, when it holds a non-ASCII byte; as its bytes (no note) when it does not', () => {
    const latin1 = (label: string) =>
      Buffer.from(
        imsAccountPackage('prod', { imsServer: 'http://ims-na1.adobelogin.com' })
          .replace("<?xml version='1.0'?>", "<?xml version='1.0' encoding='ISO-8859-1'?>")
          .replace('label="Adobe Experience Cloud"', `label="${label}"`)
          .replace(/" (ims|product)/g, '"\n                $1'),
        'latin1',
      );
    const { run, copy, patchFile, fixed } = dryRun({
      [ACCOUNT]: latin1('Adobe Expérience Cloud'),
      'stage/packages/ims-account.xml': latin1('Adobe Experience Cloud'),
    });
    expect(run.stdout).toContain('\n-                imsServer="http://ims-na1.adobelogin.com"');
    expect(run.stdout).toContain('Adobe Expérience Cloud');
    expect(run.stderr).toContain(
      `ims-gate: --fix-dry-run: ${ACCOUNT}: its diff is shown decoded (the file is not UTF-8): it cannot be applied with patch; --fix applies it\n`,
    );
    expect(run.stderr).not.toContain('stage/packages/ims-account.xml: its diff');
    expect(readFileSync(join(fixed, ACCOUNT)).includes(Buffer.from('Exp\xe9rience', 'latin1'))).toBe(true);
    expect(readFileSync(join(fixed, ACCOUNT), 'latin1')).toContain('imsServer="https://ims-na1.adobelogin.com"');
    // The ASCII-only file's hunk is of its bytes, and applies (the decoded one is left out of the check).
    const stage = run.stdout.slice(run.stdout.indexOf('--- a/stage/'));
    writeFileSync(patchFile, stage);
    expect(git(copy, 'apply', '--check', patchFile).stderr).toBe('');
  });
});
