export * from './feasibility-reminders.job';
export * from './feasibility.inputs';
export * from './feasibility.resolver';
export * from './feasibility.service';
export * from './feasibility.types';
export { germanDeadline } from './feasibility-mails';
