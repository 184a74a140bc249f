export * from './indicator-import';
export * from './inventory.controller';
export * from './inventory.entity';
export * from './inventory.module';
export * from './inventory.resolver';
export * from './inventory.service';
