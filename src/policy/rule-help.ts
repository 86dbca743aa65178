// Loads the rule help generated from the docs pages (policies/rules-help.json, written by `npm run generate`
// from docs/rules/*.md) and joins it to the rule metadata, so that reporters receive rule help as data and never
// read the docs pages themselves. The file ships with the package (package.json `files` holds policies/).
import { readFileSync } from 'node:fs';
import { policyPath } from './paths.js';
import { loadRuleMetadata, type RuleMeta } from './rules.js';

/** One fenced block of a docs page's `## Failing example`. */
export interface ExampleBlock {
  /** The fence's language (`xml`, `yaml`, `text` for what ims-gate reports); may be empty. */
  language: string;
  /** The file the block shows (the fence's `title="…"`), if it names one. */
  title?: string;
  code: string;
}

interface RuleHelp {
  failingExample: ExampleBlock[];
}

/** A rule as the reporters that describe rules (SARIF's tool.driver.rules) need it: metadata and docs help. */
export interface DescribedRule extends RuleMeta {
  /** SARIF `security-severity` (0–10), for security rules only. */
  securitySeverity?: number;
  /** The failing example of the rule's docs page, in order: the files, then what ims-gate reports. Maybe empty. */
  failingExample: ExampleBlock[];
}

const RULES_HELP = 'rules-help.json';

let cached: Map<string, RuleHelp> | undefined;

function isExampleBlock(value: unknown): value is ExampleBlock {
  if (typeof value !== 'object' || value === null) return false;
  const block = value as Record<string, unknown>;
  return (
    typeof block.language === 'string' && typeof block.code === 'string' && (block.title === undefined || typeof block.title === 'string')
  );
}

function parseRulesHelp(text: string): Map<string, RuleHelp> {
  const data = JSON.parse(text) as { rules?: unknown };
  if (typeof data.rules !== 'object' || data.rules === null) throw new Error('has no `rules` object');
  const help = new Map<string, RuleHelp>();
  for (const [id, entry] of Object.entries(data.rules)) {
    const examples = (entry as { failingExample?: unknown } | null)?.failingExample;
    if (!Array.isArray(examples) || !examples.every(isExampleBlock)) {
      throw new Error(`rule ${id}: failingExample must be a list of { language, title?, code }`);
    }
    help.set(id, { failingExample: examples });
  }
  return help;
}

/** The help of every rule that has some, by rule ID. */
function loadRuleHelp(): Map<string, RuleHelp> {
  if (cached) return cached;
  try {
    cached = parseRulesHelp(readFileSync(policyPath(RULES_HELP), 'utf8'));
  } catch (error) {
    throw new Error(`invalid policies/${RULES_HELP} (run \`npm run generate\`): ${error instanceof Error ? error.message : String(error)}`);
  }
  return cached;
}

/** Every rule of policies/rules/, in ID order, with its docs help (none when the generated file lacks the rule). */
export function describedRules(): DescribedRule[] {
  const help = loadRuleHelp();
  return [...loadRuleMetadata().values()].map((meta) => ({ ...meta, failingExample: help.get(meta.id)?.failingExample ?? [] }));
}

/** Rule ID → short name (`IMS003` → `ims-server`), for reporters that label findings `IMS003 ims-server`. */
export function ruleNames(): Record<string, string> {
  return Object.fromEntries([...loadRuleMetadata().values()].map((meta) => [meta.id, meta.name]));
}
