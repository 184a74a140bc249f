export * from './respond.service';
export * from './survey-mails';
export * from './survey-model';
export * from './survey.entity';
export * from './surveys.module';
export * from './surveys.resolver';
export * from './surveys.service';
