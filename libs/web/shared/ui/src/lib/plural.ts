import { Pipe, PipeTransform } from '@angular/core';
import { pluralNoun, pluralWord, pluralise } from '@waymark/shared/domain';

export { pluralNoun, pluralWord, pluralise };

/** `{{ n | plural: 'priority' }}` → "2 priorities"; `{{ n | plural: 'action' : false }}` → only the word. */
@Pipe({ name: 'plural' })
export class PluralPipe implements PipeTransform {
  transform(count: number | null | undefined, one: string, many?: string | false): string {
    const n = count ?? 0;
    return many === false ? pluralWord(n, one) : pluralise(n, one, many);
  }
}

/** `{{ label | pluralNoun }}` → "Priorities", for headings with no count ("Priorities to include"). */
@Pipe({ name: 'pluralNoun' })
export class PluralNounPipe implements PipeTransform {
  transform(word: string | null | undefined): string {
    return pluralNoun(word ?? '');
  }
}
