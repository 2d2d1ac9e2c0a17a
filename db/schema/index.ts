export * from './centre';
export * from './staff';
export * from './audit';
export * from './clients';
export * from './service-decisions';
export * from './attendance';
export * from './activities';
export * from './sessions';
