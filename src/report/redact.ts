// Secrets never leave ims-gate: values of secret-looking attributes and keys are masked wherever source
// text is shown (code frames), and known secret values are scrubbed from every message.

import { isSecretName } from '../util/secrets.js';

export const REDACTED = '********';


/**
 * An XML attribute whose name looks secret; the value may span lines and contain the other quote character. The
 * name is part of the pattern so that a huge file costs one regex scan, not a callback per attribute.
 */
const XML_SECRET_ATTRIBUTE = /([A-Za-z_:][-\w:.]*(?:secret|password|passwd|privatekey|private_key|token|credential)[-\w:.]*)(\s*=\s*)(?:"([^"]*)("|$)|'([^']*)('|$))/gi;
const YAML_OR_JSON_KEY = /^(\s*-?\s*["']?)([A-Za-z_][-\w]*)(["']?\s*:\s*)(.*)$/;


/** Masks a value line by line, so that line numbers of the text do not move. */
function mask(value: string): string {
  return value.replace(/[^\r\n]+/g, REDACTED);
}

/**
 * Masks the values of secret attributes and keys in a whole file, keeping its lines where they are: XML
 * attribute values (even multi-line, even with the other quote inside) and YAML/JSON values, including
 * block scalars (`key: |`) whose lines follow.
 */
export function redactText(text: string): string {
  const xml = text.replace(XML_SECRET_ATTRIBUTE, (match, name: string, eq: string, dq?: string, dqEnd?: string, sq?: string, sqEnd?: string) => {
    if (!isSecretName(name)) return match;
    if (dq !== undefined) return dq === '' ? match : `${name}${eq}"${mask(dq)}${dqEnd}`;
    return sq === '' || sq === undefined ? match : `${name}${eq}'${mask(sq)}${sqEnd}`;
  });
  // YAML and JSON keys only matter outside XML, and a per-line pass over a huge package is not free.
  if (/^\uFEFF?\s*</.test(xml)) return xml;
  const lines = xml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const keyed = YAML_OR_JSON_KEY.exec(lines[i]);
    if (!keyed || keyed[4].trim() === '') continue;
    // A hash of a secret is shown, unless it is not a hash: then it may be the secret, pasted in the wrong key.
    const misplaced = /sha256$/i.test(keyed[2]) && !/^["']?[0-9a-f]{64}["']?\s*(#.*)?$/i.test(keyed[4].trim());
    if (!isSecretName(keyed[2]) && !misplaced) continue;
    const value = keyed[4];
    lines[i] = `${keyed[1]}${keyed[2]}${keyed[3]}${/^[|>][-+0-9]*\s*$/.test(value) ? value : REDACTED}`;
    if (/^[|>]/.test(value.trim())) {
      // A block scalar: the following lines indented deeper than the key are its value.
      const indent = /^\s*/.exec(lines[i])?.[0].length ?? 0;
      for (let j = i + 1; j < lines.length && (lines[j].trim() === '' || (/^\s*/.exec(lines[j])?.[0].length ?? 0) > indent); j++) {
        if (lines[j].trim() !== '') lines[j] = `${' '.repeat(indent + 2)}${REDACTED}`;
        i = j;
      }
    }
  }
  return lines.join('\n');
}


/** Replaces every occurrence of the given secret values in a text. */
export function scrub(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of secrets) if (secret.length >= 4) scrubbed = scrubbed.split(secret).join(REDACTED);
  return scrubbed;
}

/** Replaces every known secret value in every string of a report (or any JSON-like value). */
export function scrubReport<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return scrub(node, secrets);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    return node;
  };
  return walk(value) as T;
}
