import { createHash } from 'node:crypto';

/** What identifies a finding, whatever its message says. */
export interface FingerprintInput {
  ruleId: string;
  /** The message's ID in the rule's policy (IMS010's restart notices go through its one template). */
  messageId: string;
  instance?: string;
  field?: string;
  /** What the finding is about: an account name, a group name, a host, a value. Never message text. */
  subject: string;
}

/** The subject as a fingerprint sees it: Unicode NFC, white-space runs folded, so re-indenting changes nothing. */
export function normaliseSubject(subject: string): string {
  return subject.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Stable identity of a finding: rule, messageId, instance, field and a hash of the normalised subject. Line
 * numbers are left out on purpose, so inserting unrelated lines above a finding keeps its fingerprint (baselines,
 * SARIF); message text is left out, so rewording a message keeps it too. __tests__/gate/fingerprint-golden.test.ts
 * pins the fingerprints of examples/: changing them breaks users' baselines and needs a CHANGELOG entry.
 */
export function fingerprintOf(input: FingerprintInput): string {
  const subjectHash = sha256(normaliseSubject(input.subject)).slice(0, 16);
  return sha256(['v2', input.ruleId, input.messageId, input.instance ?? '', input.field ?? '', subjectHash].join('\0')).slice(0, 32);
}

/**
 * The fingerprint of ims-gate before 1.0 (baseline files of version 1): rule + instance + field + a hash of the
 * value the rule passed (or of the message when it passed none). Kept only so that `ims-gate baseline --migrate`
 * can recognise old baseline entries; nothing else may use it.
 */
export function legacyFingerprint(ruleId: string, instance: string | undefined, field: string | undefined, value: string): string {
  const valueHash = sha256(value.replace(/\s+/g, ' ').trim()).slice(0, 16);
  return sha256(`${ruleId}\0${instance ?? ''}\0${field ?? ''}\0${valueHash}`).slice(0, 32);
}
