// C0 controls except tab, line feed and carriage return (multi-line text keeps its lines), DEL and the C1 controls.
// PostgreSQL refuses NUL in text, and XML (StratML) refuses the rest.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function stripControlCharactersFromText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Every string in a request's input (recursing into plain objects and arrays), with control characters removed. */
export function stripControlCharacters(value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharactersFromText(value);
  if (Array.isArray(value)) return value.map(stripControlCharacters);
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, stripControlCharacters(inner)]));
  }
  return value;
}
