import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@waymark/api/database';
import { allEntities } from './entities';

/** Used by the TypeORM migration CLI (`npm run db:migrate`); needs DATABASE_URL. */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL must be set to run migrations from the CLI (the app migrates itself on start).');
export default new DataSource(buildDataSourceOptions({ url, entities: allEntities }));
