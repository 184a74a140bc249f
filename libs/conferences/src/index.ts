export * from './assignment/assign';
export * from './assignment.service';
export * from './conference.entity';
export * from './conference-mails';
export * from './conference.resolver';
export * from './conference.service';
export * from './conference.types';
export * from './conferences.module';
