// Where the config comes from: an explicit path that cannot be used is a usage error (ConfigPathError), the
// default path is a repository file whose problems are config problems at the file (issue 10 §6).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigPathError, loadConfig } from '../../src/config/load.js';
import { writeRepo } from '../helpers/repo.js';

describe('loadConfig', () => {
  it.each([
    ['a missing file', 'missing.yml', 'config file not found: '],
    ['a folder', 'a-folder', 'config path is a folder, not a YAML file: '],
  ])('an explicit path naming %s throws ConfigPathError quoting the path', (_what, name, message) => {
    const root = writeRepo({ 'a-folder/.keep': '' });
    const path = join(root, name);
    expect(() => loadConfig(root, path)).toThrow(ConfigPathError);
    expect(() => loadConfig(root, path)).toThrow(`${message}${path}`);
  });

  it('a folder at the default path is one config problem at it, and the scan goes on with the defaults', () => {
    const root = writeRepo({ '.github/ims-gate.yml/.keep': '' });
    const { config, problems } = loadConfig(root);
    expect(problems).toEqual([
      {
        message: 'invalid config: .github/ims-gate.yml is a folder; expected the YAML config file',
        loc: { file: '.github/ims-gate.yml', line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    ]);
    expect(config).toMatchObject({ hosting: 'on-premise', instances: {}, source: '.github/ims-gate.yml' });
  });

  it('no file at the default path: the defaults, no problem', () => {
    const { config, problems } = loadConfig(writeRepo({}));
    expect(problems).toEqual([]);
    expect(config.source).toBeUndefined();
  });
});
