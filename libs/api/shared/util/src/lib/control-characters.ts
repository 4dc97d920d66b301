// Control characters (C0, DEL, C1) except tab, line feed and carriage return, so multi-line text keeps its lines.
// PostgreSQL refuses NUL in text, and XML (StratML) refuses the rest.
const CONTROL_CHARACTERS = /[^\P{Cc}\t\n\r]/gu;

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
