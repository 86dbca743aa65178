// Real git repositories in temporary folders, and realistic Campaign files to put in them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { scan } from '../../src/pipeline.js';
import type { Report } from '../../src/types.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ims-gate-restart-'));
  made.push(dir);
  return dir;
}

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

export function runGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString('utf8')
    .trim();
}

export function writeFiles(root: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    if (content === null) {
      rmSync(target, { force: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

export class GitRepo {
  readonly root: string;

  constructor(files: Record<string, string | null> = {}, root = tempDir()) {
    this.root = root;
    runGit(root, 'init', '-q', '-b', 'main');
    runGit(root, 'config', 'user.name', 'Test Author');
    runGit(root, 'config', 'user.email', 'test@example.com');
    runGit(root, 'config', 'commit.gpgsign', 'false');
    if (Object.keys(files).length > 0) {
      this.write(files);
      this.commit('base');
    }
  }

  write(files: Record<string, string | null>): this {
    writeFiles(this.root, files);
    return this;
  }

  commit(message: string): string {
    runGit(this.root, 'add', '-A');
    runGit(this.root, 'commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return runGit(this.root, 'rev-parse', 'HEAD');
  }

  /** Writes the files, commits them, and scans with --base HEAD~1. */
  async change(files: Record<string, string | null>, root = this.root): Promise<Report> {
    this.write(files).commit('change');
    return scanAt(root, 'HEAD~1');
  }
}

export async function scanAt(root: string, baseRef?: string): Promise<Report> {
  return (await scan({ root, failOn: 'never', baseRef })).report;
}

// ---------------------------------------------------------------- realistic Campaign files

export interface AccountOptions {
  instance: string;
  imsServer?: string;
  mask?: string;
  secret?: string;
  /** Attributes in this order (default: the export's order). */
  order?: string[];
  /** Indentation of continuation lines; `inline` puts every attribute on the start tag's line. */
  indent?: string | 'inline';
  extra?: string;
  operation?: string;
}

export function accountAttributes(options: AccountOptions): [string, string][] {
  const attrs: [string, string][] = [
    ['name', 'Adobe_Marketing_Cloud'],
    ['label', 'Adobe Experience Cloud'],
    ['type', 'Adobe Marketing Cloud'],
    ['active', '1'],
    ['imsServer', options.imsServer ?? 'https://ims-na1.adobelogin.com'],
    ['imsScope', 'openid,AdobeID,read_organizations'],
    ['imsClientId', `campaign-${options.instance}`],
    ['imsClientSecret', options.secret ?? '@57QS5VHMb9BCsojLVrKI/Q=='],
    ['imsCallbackServer', `https://${options.instance}.campaign.example.com`],
    ['imsOrgId', 'ABCDEF1234567890@AdobeOrg'],
    ['imsAssociationMask', options.mask ?? `Campaign - ${options.instance} - (.*)`],
    ['productContext', 'dma_campaign_classic'],
  ];
  if (options.operation) attrs.push(['_operation', options.operation]);
  if (!options.order) return attrs;
  return options.order.map((name) => attrs.find(([attr]) => attr === name) as [string, string]);
}

/** The `<extAccount …/>` element, attributes one per line after the first four (as Campaign exports it). */
export function accountElement(options: AccountOptions, elementIndent = '    '): string {
  const attrs = accountAttributes(options).map(([name, value]) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  if (options.indent === 'inline') return `${elementIndent}<extAccount ${attrs.join(' ')}/>`;
  const indent = options.indent ?? `${elementIndent}            `;
  return `${elementIndent}<extAccount ${attrs.slice(0, 4).join(' ')}\n${attrs
    .slice(4)
    .map((attr) => `${indent}${attr}`)
    .join('\n')}/>`;
}

const PACKAGE_HEAD = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildDate="2021-09-03 14:41:08.993Z" buildNumber="9336" buildVersion="7.3" img="" label="" name="" namespace="" vendor="">
  <desc/>
  <version buildDate="2021-09-03 14:41:08.993Z"/>`;

/**
 * An IMS external-account package. Line numbers: the <extAccount> start tag is on line 6; with the default layout,
 * imsServer is on line 7, imsClientSecret on line 10, imsAssociationMask on line 13.
 */
export function accountPackage(options: AccountOptions, between = ''): string {
  return `${PACKAGE_HEAD}
  <entities schema="nms:extAccount">
${between}${accountElement(options)}
  </entities>
</package>
`;
}

export function groupPackage(names: string[]): string {
  return `${PACKAGE_HEAD}
  <entities schema="xtk:group">
${names.map((name) => `    <group name="${name}" label="${name} operators"/>`).join('\n')}
  </entities>
</package>
`;
}

export function workflowPackage(label: string): string {
  return `${PACKAGE_HEAD}
  <entities schema="xtk:workflow">
    <workflow internalName="wkfDailyExtract" label="${label}" schema="nms:recipient">
      <activities><start name="start" label="Start" x="100" y="100"/></activities>
    </workflow>
  </entities>
</package>
`;
}

export function schemaPackage(label: string): string {
  return `${PACKAGE_HEAD}
  <entities schema="xtk:srcSchema">
    <srcSchema name="recipient" namespace="cus" label="${label}" extendedSchema="nms:recipient">
      <element name="recipient"><attribute name="loyaltyTier" type="string" length="20"/></element>
    </srcSchema>
  </entities>
</package>
`;
}

/**
 * serverConf.xml. Line numbers: authIMSEndpoint on line 4, authIMSClientSecret on line 6, IMSOrgId on line 10.
 */
export function serverConf(options: { endpoint?: string; secret?: string; orgId?: string } = {}): string {
  return `<?xml version='1.0' encoding='utf-8'?>
<serverconf>
  <shared>
    <ims authIMSEndpoint="${options.endpoint ?? 'https://ims-na1.adobelogin.com'}"
         authIMSClientId="campaign-technical"
         authIMSClientSecret="${options.secret ?? '@mQe4vX0Jb9a1s6HnP2w8Lg=='}"/>
    <dataStore hosts="*" lang="en_US"/>
  </shared>
  <web>
    <redirection IMSOrgId="${options.orgId ?? 'ABCDEF1234567890@AdobeOrg'}" trackWebVisitors="false"/>
  </web>
</serverconf>
`;
}

/** Two instances, each with its IMS account, operator groups and an unrelated workflow package. */
export function twoInstances(): Record<string, string> {
  return {
    'prod/packages/ims-account.xml': accountPackage({ instance: 'prod' }),
    'prod/packages/operators.xml': groupPackage(['delivery', 'admin']),
    'prod/packages/wkfDailyExtract.xml': workflowPackage('Daily extract'),
    'stage/packages/ims-account.xml': accountPackage({ instance: 'stage' }),
    'stage/packages/operators.xml': groupPackage(['delivery', 'admin']),
    'README.md': '# Campaign configuration\n',
  };
}
