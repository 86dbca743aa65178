// Message templates (policies/rules/<ID>.yml `messages`, as ESLint's meta.messages): a rule reports a messageId
// with data, and the finding's message and remediation are the templates with `{{name}}` replaced by data.name.
import type { MessageTemplate, RuleMeta } from '../rules/types.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A rule reported a messageId its policy lacks, or left a placeholder without data: a bug in the rule. */
export class MessageError extends Error {}

/** The placeholder names of a template, in order of appearance (with repeats). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/**
 * The template with every placeholder replaced, in one pass: a data value is inserted as it is (no escaping, so
 * a value quoted by the rule is not quoted twice) and is never itself scanned for placeholders. A placeholder
 * without data throws, so that a rule bug shows up in its tests rather than as "{{name}}" in a user's log.
 */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> = {}, where = 'message'): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.hasOwn(data, name)) throw new MessageError(`${where} uses {{${name}}} but the diagnostic has no data.${name}`);
    return String(data[name]);
  });
}

function parts(template: MessageTemplate): { message: string; remediation?: string } {
  return typeof template === 'string' ? { message: template } : template;
}

/** The message and remediation of `messageId` for `data`; the remediation falls back to the rule's own. */
export function renderMessage(
  meta: RuleMeta,
  messageId: string,
  data?: Readonly<Record<string, string | number>>,
): { message: string; remediation: string } {
  const template = Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
  if (template === undefined)
    throw new MessageError(`rule ${meta.id} reported messageId "${messageId}", which policies/rules/${meta.id}.yml does not define`);
  const { message, remediation } = parts(template);
  return {
    message: interpolate(message, data, `${meta.id} message "${messageId}"`),
    remediation: remediation === undefined ? meta.remediation : interpolate(remediation, data, `${meta.id} remediation of "${messageId}"`),
  };
}
