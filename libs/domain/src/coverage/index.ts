export * from './coverage';
export * from './holidays';
export * from './script-schedule';
