export * from './audit.types';
export * from './phase-rules';
export * from './revision.entity';
export * from './revision.inputs';
export * from './revision.service';
export * from './revisions.module';
export * from './revision.resolver';
