#!/usr/bin/env node
// Writes every file that is derived from the rule files and the rule policies, so that adding a rule takes a
// rule file, its policy, its docs page and its tests, and nothing else:
//   src/rules/index.ts                    the registry, from the rule files src/rules/*.ts
//   policies/schemas/config.schema.json   the rule IDs the config's `rules:` key accepts, from policies/rules/*.yml
//   README.md                             the generated sections (rules table, action inputs/outputs, config keys)
//   policies/rules-help.json              the rule help of the docs pages (failing examples), from docs/rules/*.md
//   policies/compiled.json                every YAML policy the runtime reads, parsed (JSON parses ~100× faster
//                                         than YAML at cold start; the YAML stays the source)
//
//   npm run generate                      rewrite what is out of date
//   npm run generate -- --check           exit 1 when anything is out of date (CI, __tests__/docs/generate.test.ts)
//   --root DIR                            the repository (default: the folder above this script)
//
// A rule file is a file directly in src/rules/ (helpers go in src/rules/util/) that exports exactly one rule as
//   export const <name>Rule: Rule = {
//     id: 'IMS011',
// and its ID must have a policy, policies/rules/IMS011.yml, and the other way round. The script fails, and
// writes nothing, when a rule file or a policy breaks that convention. A rule without its docs page (the policy's
// `docs`) or its test file (__tests__/rules/<ID>.test.ts) is generated, so that its tests can run while it is being
// written, but the script says so and exits 1; with --check that fails CI.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { renderConfig, renderSections, updateReadme } from './readme.mjs';
import { RULES_HELP, renderRulesHelp } from './rule-help.mjs';

const RULES_DIR = 'src/rules';
const REGISTRY = 'src/rules/index.ts';
const CONFIG_SCHEMA = 'policies/schemas/config.schema.json';
const POLICIES_DIR = 'policies/rules';
/** Files of src/rules/ that are not rules. */
const NOT_RULE_FILES = new Set(['index.ts', 'types.ts']);
/** Unreadable input always blocks (the gate fails closed), so the config cannot set IMS000's level. */
const NOT_CONFIGURABLE = new Set(['IMS000']);

const RULE_DECLARATION = /^export const (\w+Rule): Rule = \{\s*id: '([^']*)'/gm;
const RULE_ID = /^IMS\d{3}$/;

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const COMPILED = 'policies/compiled.json';
/** The YAML policies the runtime reads, besides policies/rules/*.yml (src/policy/data.ts). */
const RUNTIME_POLICIES = ['fields.yml', 'coverage.yml', 'builtin-operator-groups.yml'];

/** Every runtime YAML policy, by its path under policies/, parsed: what src/policy/data.ts reads first. */
export function renderCompiled(root) {
  const rules = readdirSync(join(root, POLICIES_DIR))
    .filter((file) => file.endsWith('.yml'))
    .sort()
    .map((file) => `rules/${file}`);
  const data = {};
  for (const path of [...rules, ...RUNTIME_POLICIES]) data[path] = parse(readFileSync(join(root, 'policies', path), 'utf8'));
  return `${JSON.stringify(data, null, 1)}\n`;
}

/** The rules declared by the files of src/rules/, sorted by ID, and what is wrong with them. */
export function readRuleFiles(root) {
  const rules = [];
  const problems = [];
  const names = readdirSync(join(root, RULES_DIR))
    .filter((name) => name.endsWith('.ts') && !NOT_RULE_FILES.has(name))
    .sort();
  for (const name of names) {
    const path = `${RULES_DIR}/${name}`;
    const declarations = [...readFileSync(join(root, path), 'utf8').matchAll(RULE_DECLARATION)];
    if (declarations.length !== 1) {
      problems.push(
        `${path}: a rule file exports exactly one rule, as \`export const <name>Rule: Rule = { id: 'IMSnnn', … }\`; found ${declarations.length}. Helpers belong in src/rules/util/.`,
      );
      continue;
    }
    const [, exportName, id] = declarations[0];
    if (!RULE_ID.test(id)) {
      problems.push(`${path}: rule ID '${id}' is not of the form IMSnnn (three digits).`);
      continue;
    }
    rules.push({ id, exportName, module: `./${name.replace(/\.ts$/, '.js')}`, path });
  }
  rules.sort(byId);
  for (let i = 1; i < rules.length; i++) {
    if (rules[i].id === rules[i - 1].id)
      problems.push(`${rules[i].path}: rule ID ${rules[i].id} is also declared by ${rules[i - 1].path}.`);
  }
  return { rules, problems };
}

/** The rule policies policies/rules/*.yml, sorted by ID, and what is wrong with them. */
export function readPolicies(root) {
  const policies = [];
  const problems = [];
  for (const name of readdirSync(join(root, POLICIES_DIR))
    .filter((file) => file.endsWith('.yml'))
    .sort()) {
    const path = `${POLICIES_DIR}/${name}`;
    let meta;
    try {
      meta = parse(readFileSync(join(root, path), 'utf8'));
    } catch (error) {
      problems.push(`${path}: not valid YAML: ${error.message.split('\n')[0]}`);
      continue;
    }
    if (meta?.id === undefined || `${meta.id}.yml` !== name) {
      problems.push(`${path}: declares id ${meta?.id ?? '(none)'}; the file must be named <id>.yml.`);
      continue;
    }
    policies.push(meta);
  }
  return { policies: policies.sort(byId), problems };
}

/** Every rule file has a policy and every policy has a rule file. */
export function crossCheck(rules, policies) {
  const problems = [];
  const policyIds = new Set(policies.map((policy) => policy.id));
  const ruleIds = new Set(rules.map((rule) => rule.id));
  for (const rule of rules) {
    if (!policyIds.has(rule.id)) problems.push(`${rule.path}: rule ${rule.id} has no policy ${POLICIES_DIR}/${rule.id}.yml.`);
  }
  for (const policy of policies) {
    if (!ruleIds.has(policy.id))
      problems.push(`${POLICIES_DIR}/${policy.id}.yml: no rule file in ${RULES_DIR}/ declares \`id: '${policy.id}'\`.`);
  }
  return problems;
}

/** Each rule's docs page and test file exist: a rule is not done without them. */
export function missingDocsAndTests(root, policies) {
  const problems = [];
  for (const policy of policies) {
    const docs = policy.docs ?? `docs/rules/${policy.id}.md`;
    if (!existsSync(join(root, docs))) problems.push(`${POLICIES_DIR}/${policy.id}.yml: rule ${policy.id} has no docs page ${docs}.`);
    const test = `__tests__/rules/${policy.id}.test.ts`;
    if (!existsSync(join(root, test))) problems.push(`${POLICIES_DIR}/${policy.id}.yml: rule ${policy.id} has no test file ${test}.`);
  }
  return problems;
}

export function renderRegistry(rules) {
  const lines = [
    '// Generated by `npm run generate` from the rule files of src/rules/: do not edit. Each rule file exports one rule,',
    "// `export const <name>Rule: Rule = { id: 'IMSnnn', … }`, whose policy is policies/rules/IMSnnn.yml. A test fails",
    '// when this file is stale (`npm run generate -- --check`).',
    "import type { Rule } from './types.js';",
    ...rules.map((rule) => `import { ${rule.exportName} } from '${rule.module}';`),
    '',
    '/** Every rule, in ID order: the order in which the pipeline runs them. */',
    'export const rules: Rule[] = [',
    ...rules.map((rule) => `  ${rule.exportName},`),
    '];',
    '',
  ];
  return lines.join('\n');
}

/** The config schema with the `rules:` key's rule IDs set to the configurable policies' IDs. */
export function configSchemaWith(schema, policies) {
  const updated = structuredClone(schema);
  updated.properties.rules.propertyNames.enum = policies.map((policy) => policy.id).filter((id) => !NOT_CONFIGURABLE.has(id));
  return updated;
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** Each generated file's current and new text, or the problems that keep them from being generated. */
export function generate(root) {
  const ruleFiles = readRuleFiles(root);
  const policyFiles = readPolicies(root);
  const problems = [...ruleFiles.problems, ...policyFiles.problems];
  if (problems.length === 0) problems.push(...crossCheck(ruleFiles.rules, policyFiles.policies));
  const readmePath = join(root, 'README.md');
  if (!existsSync(readmePath)) problems.push('README.md does not exist.');
  if (problems.length > 0) return { problems, incomplete: [], outputs: [] };

  const read = (path) => readFileSync(join(root, path), 'utf8');
  const schemaText = read(CONFIG_SCHEMA);
  const schema = configSchemaWith(JSON.parse(schemaText), policyFiles.policies);
  const readmeText = read('README.md');
  const readme = updateReadme(readmeText, { ...renderSections(root), config: renderConfig(schema) });
  if (readme.missing.length > 0) {
    return {
      problems: [
        `README.md lacks the markers of: ${readme.missing.map((name) => `<!-- ${name}:start --> … <!-- ${name}:end -->`).join(', ')}`,
      ],
      outputs: [],
    };
  }
  const current = (path) => (existsSync(join(root, path)) ? read(path) : '');
  return {
    problems: [],
    incomplete: missingDocsAndTests(root, policyFiles.policies),
    outputs: [
      { path: REGISTRY, current: current(REGISTRY), next: renderRegistry(ruleFiles.rules) },
      { path: CONFIG_SCHEMA, current: schemaText, next: json(schema) },
      { path: 'README.md', current: readmeText, next: readme.text },
      { path: RULES_HELP, current: current(RULES_HELP), next: renderRulesHelp(root, policyFiles.policies) },
      { path: COMPILED, current: current(COMPILED), next: renderCompiled(root) },
    ],
  };
}

function main(argv) {
  const check = argv.includes('--check');
  const rootIndex = argv.indexOf('--root');
  const root = rootIndex >= 0 ? resolve(argv[rootIndex + 1]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { problems, incomplete, outputs } = generate(root);
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`generate: ${problem}\n`);
    return 1;
  }
  const stale = outputs.filter((output) => output.next !== output.current);
  if (check) {
    for (const output of stale)
      process.stderr.write(`generate: ${output.path} is out of date. Run \`npm run generate\` and commit the result.\n`);
    for (const problem of incomplete) process.stderr.write(`generate: ${problem}\n`);
    if (stale.length === 0 && incomplete.length === 0) process.stdout.write('generate: every generated file is up to date.\n');
    return stale.length > 0 || incomplete.length > 0 ? 1 : 0;
  }
  for (const output of stale) {
    writeFileSync(join(root, output.path), output.next);
    process.stdout.write(`generate: ${output.path} updated.\n`);
  }
  if (stale.length === 0) process.stdout.write('generate: every generated file was already up to date.\n');
  for (const problem of incomplete) process.stderr.write(`generate: ${problem}\n`);
  return incomplete.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
