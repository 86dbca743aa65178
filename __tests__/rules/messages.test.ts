// Messages as data: every messageId a rule reports is a message of its policy YAML, and every message of the YAML
// is reported by some code (as ESLint's meta.messages). Read from the sources, since a test table may miss a case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../scripts/generate.mjs';
import { placeholdersOf } from '../../src/gate/messages.js';
import { loadRuleMetadata } from '../../src/policy/rules.js';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Files besides the rule file that report a rule's messages. IMS000: the gate's problems with suppression comments
 * and with `require:`, and the "nothing to check" error.
 */
const OTHER_REPORTERS: Record<string, { path: string; pattern: RegExp }[]> = {
  IMS000: [
    { path: 'src/gate/gate.ts', pattern: /suppressionProblem\(input, suppression, '([A-Za-z0-9]+)'/g },
    { path: 'src/rules/util/live-source.ts', pattern: /messageId: '([A-Za-z0-9]+)'/g },
    { path: 'src/gate/require.ts', pattern: /: '(required[A-Za-z0-9]+)'/g },
    { path: 'src/rules/util/nothing-found.ts', pattern: /'(nothingFound[A-Za-z0-9]*)'/g },
  ],
  // The live Admin Console's adapter says IMS005's findings about live profiles and users its own way.
  IMS005: [{ path: 'src/rules/util/live-admin-console.ts', pattern: /'(live[A-Z][A-Za-z0-9]+)'/g }],
};

/** The messageIds a source reports: the string literals of each `messageId: <expr>` / `messageId = <expr>`. */
function reportedIds(source: string): string[] {
  const ids: string[] = [];
  for (const [, expression] of source.matchAll(/\bmessageId\s*[:=]\s*([^,;}\n]+)/g)) {
    for (const [, id] of expression.matchAll(/'([A-Za-z0-9]+)'/g)) ids.push(id);
  }
  return ids;
}

const metas = loadRuleMetadata();
const { rules } = readRuleFiles(ROOT);

/**
 * The top-level keys of every object literal passed to a `report(…)` call (keys of nested objects such as `data`
 * are not theirs): a scan by brace depth, enough for the rules' own code.
 */
function reportKeys(source: string): string[] {
  const keys: string[] = [];
  for (let at = source.indexOf('report({'); at !== -1; at = source.indexOf('report({', at + 1)) {
    let depth = 0;
    for (let i = at + 'report('.length; i < source.length; i++) {
      const c = source[i];
      if (c === '{' || c === '[' || c === '(') depth++;
      else if (c === '}' || c === ']' || c === ')') {
        depth--;
        if (depth === 0) break;
      } else if (depth === 1 && /[A-Za-z_$]/.test(c) && /[{,]\s*$/.test(source.slice(Math.max(at, i - 40), i))) {
        const key = /^([A-Za-z_$][\w$]*)\s*:/.exec(source.slice(i, i + 80));
        if (key) keys.push(key[1]);
      }
    }
  }
  return keys;
}

describe('rule messages', () => {
  it('finds every rule file', () => {
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual([...metas.keys()]);
  });

  for (const rule of rules as { id: string; path: string }[]) {
    const meta = metas.get(rule.id);
    if (!meta) continue;
    const source = readFileSync(join(ROOT, rule.path), 'utf8');

    it(`${rule.id}: the messageIds ${rule.path} reports are exactly the messages of policies/rules/${rule.id}.yml`, () => {
      const reported = new Set(reportedIds(source));
      for (const other of OTHER_REPORTERS[rule.id] ?? []) {
        for (const [, id] of readFileSync(join(ROOT, other.path), 'utf8').matchAll(other.pattern)) reported.add(id);
      }
      const defined = Object.keys(meta.messages);
      expect(
        [...reported].filter((id) => !defined.includes(id)),
        'reported but not in the YAML',
      ).toEqual([]);
      expect(
        defined.filter((id) => !reported.has(id)),
        'in the YAML but reported by no code',
      ).toEqual([]);
      expect(defined.length).toBeGreaterThan(0);
    });

    it(`${rule.id}: reports no inline message or value`, () => {
      // `message`, `remediation` and `value` only exist on restart detection's notices (InlineDiagnostic); rules
      // pass messageId, data and subject (RuleContext reports MessageDiagnostic, so the compiler agrees).
      expect(reportKeys(source).filter((key) => ['message', 'remediation', 'value'].includes(key))).toEqual([]);
    });
  }

  it('the rule-level remediation has no placeholders (SARIF shows it as the rule help)', () => {
    for (const meta of metas.values()) expect(placeholdersOf(meta.remediation), meta.id).toEqual([]);
  });

  it('reportKeys sees the keys of a report call, not those of its data', () => {
    const source =
      "context.report({\n  loc: x.loc,\n  messageId: 'a',\n  data: {\n    value: quote(v),\n  },\n  subject: v,\n  value: 'inline',\n});";
    expect(reportKeys(source)).toEqual(['loc', 'messageId', 'data', 'subject', 'value']);
  });

  it('the grep sees ternaries and assignments', () => {
    expect(reportedIds("messageId: a ? 'one' : 'two', data: { x: 'no' }\nconst messageId = b ? 'three' : 'four';")).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
  });
});
