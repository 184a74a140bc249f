export * from './export-runtime';
export * from './export.controller';
export * from './recommendation-export.job';
export * from './recommendation-export.resolver';
export * from './recommendation-export.rows';
export * from './recommendation-export.service';
