import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print, type DocumentNode } from 'graphql';

/** Every operation the web app sends, as graphql-codegen generated it (read as data: the API cannot import web code). */
export function webOperations(): Array<{ name: string; text: string }> {
  const file = join(__dirname, '../../../../libs/web/shared/data-access/src/lib/generated/graphql.ts');
  const documents = [...readFileSync(file, 'utf8').matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as/gm)];
  return documents.map(([, name, json]) => ({ name, text: print(JSON.parse(json) as DocumentNode) }));
}
