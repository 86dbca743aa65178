// `ims-gate explain "<symptom>"`: matches what a user reports, loosely, against the symptoms in rule metadata.
import type { RuleMeta } from '../rules/types.js';

const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'to',
  'is',
  'are',
  'i',
  'my',
  'our',
  'we',
  'they',
  'users',
  'user',
  'get',
  'gets',
  'got',
  'when',
  'on',
  'of',
  'and',
  'or',
  'not',
  'does',
  'do',
  'can',
  'be',
  'it',
  'with',
  'any',
  'in',
  'no',
  'at',
  'all',
  'keep',
  'keeps',
  'always',
  'after',
]);

/**
 * What people type, rewritten to the words of the rule symptoms (which quote the troubleshooting guide):
 * "cannot log in" is the guide's "unable to access … login", "sign-in" is "login", and so on.
 */
const PHRASES: readonly [RegExp, string][] = [
  [/\b(?:log|sign)(?:ging|ged)?[\s-]*(?:in|on)\b|\b(?:signin|logon|sign-on|authenticat\w*)\b/g, 'login'],
  [/\b(?:can\s*not|can'?t|unable\s+to|not\s+able\s+to|fail(?:s|ed)?\s+to|won'?t|couldn'?t|could\s+not)\b/g, 'unable '],
  [/\b(?:sent|bounced|taken|thrown|kicked)\s+(?:back\s+)?to\b/g, 'redirected'],
  [/\b(?:permissions?|rights?|privileges?)\b/g, 'right'],
];

function normalise(text: string): string {
  let out = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement);
  return out;
}

function words(text: string): string[] {
  return normalise(text)
    .replace(/[^a-z0-9.]+/g, ' ')
    .split(' ')
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

function similar(a: string, b: string): boolean {
  return a.startsWith(b.slice(0, 5)) || b.startsWith(a.slice(0, 5));
}

/** Share of the words of `of` found among `among` (prefix matches count, so "redirect" ~ "redirected"). */
function coverage(of: string[], among: string[]): number {
  if (of.length === 0) return 0;
  return of.filter((word) => among.some((candidate) => similar(word, candidate))).length / of.length;
}

interface SymptomMatch {
  symptom: string;
  ruleIds: string[];
}

/** The symptoms that best match the text (ties kept), with the rules that explain each. */
export function matchSymptoms(text: string, metas: Iterable<RuleMeta>): SymptomMatch[] {
  const bySymptom = new Map<string, string[]>();
  for (const meta of metas) for (const symptom of meta.symptoms) bySymptom.set(symptom, [...(bySymptom.get(symptom) ?? []), meta.id]);
  const query = words(text);
  // What people type is short: rank by how much of it a symptom explains, then by how much of the symptom it says.
  const scored = [...bySymptom].map(([symptom, ruleIds]) => {
    const known = words(symptom);
    return { symptom, ruleIds, score: coverage(query, known), detail: coverage(known, query) };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best < 0.5) return [];
  const top = scored.filter((entry) => entry.score === best);
  const bestDetail = Math.max(...top.map((entry) => entry.detail));
  return top.filter((entry) => entry.detail === bestDetail).map(({ symptom, ruleIds }) => ({ symptom, ruleIds }));
}
