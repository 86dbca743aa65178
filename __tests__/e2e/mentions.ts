// What GitHub would turn into a notification or a cross-reference in text it renders.

/**
 * Live mentions and references in Markdown: `@login`, `@org/team` after a non-word character, `#123` and
 * `GH-123`. Code spans are left out, since GitHub renders nothing in them.
 */
export function liveMentions(markdown: string): string[] {
  const withoutCode = markdown.replace(/(`+)[^`]*?\1/g, ' ');
  return withoutCode.match(/(?<![A-Za-z0-9_])@[A-Za-z0-9][\w-]*(\/[\w.-]+)?|#\d+|(?<![A-Za-z0-9_])GH-\d+/gi) ?? [];
}

/** The same in plain text (annotation fields), where code spans mean nothing. */
export function liveMentionsInPlainText(text: string): string[] {
  return text.match(/(?<![A-Za-z0-9_])@[A-Za-z0-9][\w-]*(\/[\w.-]+)?|#\d+|(?<![A-Za-z0-9_])GH-\d+/gi) ?? [];
}
