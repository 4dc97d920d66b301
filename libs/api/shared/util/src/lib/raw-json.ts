import { randomBytes } from 'node:crypto';

/**
 * A GraphQL field's answer that PostgreSQL already serialised (exactly the JSON graphql-js would have written for the
 * operation's selection), carried into the response text without being parsed, completed and serialised again.
 * `stringifyGraphQLResult` (Apollo's `stringifyResult`) splices the text in; any other `JSON.stringify` of it (a test
 * through `executeOperation`, a logger) gets the parsed value, so nothing sees a different answer, only a slower one.
 */
export class RawJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    if (!splicing) return JSON.parse(this.text);
    splicing.push(this.text);
    return `${TOKEN}${splicing.length - 1}`;
  }
}

// NUL cannot be stored in a PostgreSQL text value, and the nonce is per process: no answer's string can equal a token.
const TOKEN = `\u0000raw-json-${randomBytes(8).toString('hex')}:`;
const SERIALISED_TOKEN = new RegExp(`${JSON.stringify(TOKEN).slice(0, -1).replace(/\\/g, '\\\\')}(\\d+)"`, 'g');

/** Texts of the `RawJson` values met by the `JSON.stringify` under way (it is synchronous: one at a time). */
let splicing: string[] | null = null;

/** Apollo's `prettyJSONStringify` (JSON and a newline), with each `RawJson` written as its text. */
export function stringifyGraphQLResult(value: unknown): string {
  const texts: string[] = [];
  splicing = texts;
  let text: string;
  try {
    text = JSON.stringify(value);
  } finally {
    splicing = null;
  }
  if (texts.length > 0) text = text.replace(SERIALISED_TOKEN, (_, index: string) => texts[Number(index)]);
  return `${text}\n`;
}

/**
 * Per-operation slots where a resolver leaves a field's answer as JSON text, by response key of a root field
 * (`rawJsonSlots`); the executor puts each text in place of the (empty) value the resolver returned. Only the
 * executor creates them, so a resolver called any other way finds none and answers normally.
 */
export class RawJsonSlots {
  readonly texts = new Map<string, string>();
}

const slotsByContext = new WeakMap<object, RawJsonSlots>();

export function openRawJsonSlots(context: object): RawJsonSlots {
  const slots = new RawJsonSlots();
  slotsByContext.set(context, slots);
  return slots;
}

export function rawJsonSlots(context: unknown): RawJsonSlots | undefined {
  return typeof context === 'object' && context !== null ? slotsByContext.get(context) : undefined;
}
