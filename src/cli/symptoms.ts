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
  'page',
  'with',
  'any',
  'in',
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .split(' ')
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/** Share of the symptom's significant words found in the text (prefix matches count, so "redirect" ~ "redirected"). */
function overlap(text: string[], symptom: string[]): number {
  if (symptom.length === 0) return 0;
  const hits = symptom.filter((word) =>
    text.some((candidate) => candidate.startsWith(word.slice(0, 5)) || word.startsWith(candidate.slice(0, 5))),
  );
  return hits.length / symptom.length;
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
  const scored = [...bySymptom].map(([symptom, ruleIds]) => ({ symptom, ruleIds, score: overlap(query, words(symptom)) }));
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best < 0.34) return [];
  return scored.filter((entry) => entry.score === best).map(({ symptom, ruleIds }) => ({ symptom, ruleIds }));
}
