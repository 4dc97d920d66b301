import 'reflect-metadata';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { allResolvers } from './resolvers';

const SCHEMA_PATH = 'libs/shared/graphql-schema/schema.graphql';

/** Emits the code-first schema, sorted, to the shared contract file; `--check` fails when it is stale. */
async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(allResolvers);
  const text = printSchema(lexicographicSortSchema(schema)) + '\n';
  await app.close();
  if (process.argv.includes('--check')) {
    const committed = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, 'utf8') : '';
    if (committed !== text) {
      console.error(`${SCHEMA_PATH} is stale: run "npm run schema:emit" and commit the result.`);
      process.exit(1);
    }
    console.log(`${SCHEMA_PATH} is up to date.`);
    return;
  }
  writeFileSync(SCHEMA_PATH, text);
  console.log(`Wrote ${SCHEMA_PATH}`);
}

void main();
