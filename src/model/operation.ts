// Campaign's `_operation` import directive: what a package record does to the entity it names. `update` changes
// only the attributes it lists, `none` only references the entity and `delete` removes it; the model and the rules
// read it the same way.

/** The record's `_operation`, trimmed and lower-cased; undefined when the record has none. */
export function recordOperation(attrs: Readonly<Record<string, { value: string }>>): string | undefined {
  return attrs._operation?.value.trim().toLowerCase();
}
