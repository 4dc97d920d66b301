export * from './lib/partnership.module';
export * from './lib/partnership.resolver';
export * from './lib/partnership-admin.resolver';
export * from './lib/models/partnership.model';
export * from './lib/models/organisation.model';
export * from './lib/models/person.model';
export * from './lib/models/group.model';
export * from './lib/inputs/common.input';
