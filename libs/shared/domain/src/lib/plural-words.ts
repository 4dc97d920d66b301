const rules = new Intl.PluralRules('en-GB');
const numbers = new Intl.NumberFormat('en-GB');

/**
 * The plural of an English noun or label, keeping its case: "Priority" → "Priorities", "Strategic Aim" → "Strategic
 * Aims", "box" → "boxes". Strategies name their own levels, so the word is not known in advance; only the end of the
 * last word changes ("Key objective" → "Key objectives").
 */
export function pluralNoun(word: string): string {
  if (!word) return word;
  const upper = word === word.toUpperCase() && /[A-Z]/.test(word);
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + (upper ? 'IES' : 'ies');
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + (upper ? 'ES' : 'es');
  return word + (upper ? 'S' : 's');
}

/** The word for `count` of something: "priority" for 1, "priorities" for anything else (Intl.PluralRules decides). */
export function pluralWord(count: number, one: string, many: string = pluralNoun(one)): string {
  return rules.select(count) === 'one' ? one : many;
}

/** "1 reporting period", "2 priorities", "1,204 actions". */
export function pluralise(count: number, one: string, many?: string): string {
  return `${numbers.format(count)} ${pluralWord(count, one, many)}`;
}
