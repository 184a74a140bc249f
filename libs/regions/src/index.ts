export * from './region.entity';
export * from './region.inputs';
export * from './region.service';
export * from './regions.module';
export * from './region.resolver';
