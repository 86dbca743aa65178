// Secrets never leave ims-gate: values of secret-looking attributes and keys are masked wherever source
// text is shown (code frames), and known secret values are scrubbed from every message.

export const REDACTED = '********';

/** Attribute or key names whose values are secrets. */
export const SECRET_NAME = /(secret|password|passwd|privatekey|private_key|token|credential)/i;

const XML_ATTRIBUTE = /([A-Za-z_:][-\w:.]*)(\s*=\s*)(["'])([^"']*)(\3|$)/g;
const YAML_OR_JSON_KEY = /^(\s*-?\s*"?)([A-Za-z_][-\w]*)("?\s*:\s*)(.+)$/;

/** Masks the values of secret attributes/keys in one line of source text. */
export function redactLine(line: string): string {
  let redacted = line.replace(XML_ATTRIBUTE, (match, name: string, eq: string, quote: string, value: string, close: string) =>
    SECRET_NAME.test(name) && value !== '' ? `${name}${eq}${quote}${REDACTED}${close}` : match,
  );
  const keyed = YAML_OR_JSON_KEY.exec(redacted);
  if (keyed && SECRET_NAME.test(keyed[2]) && !/sha256$/i.test(keyed[2])) redacted = `${keyed[1]}${keyed[2]}${keyed[3]}${REDACTED}`;
  return redacted;
}

/** Replaces every occurrence of the given secret values in a text. */
export function scrub(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of secrets) if (secret.length >= 4) scrubbed = scrubbed.split(secret).join(REDACTED);
  return scrubbed;
}
