export * from './lib/entities';
export * from './lib/views';
export * from './lib/rag-definitions';
export * from './lib/writes/audited-writes';
export * from './lib/services/partnership-read.service';
export * from './lib/services/organisation-write.service';
export * from './lib/services/person-write.service';
export * from './lib/services/group-write.service';
