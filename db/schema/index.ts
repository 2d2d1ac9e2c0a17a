export * from './centre';
export * from './staff';
export * from './audit';
