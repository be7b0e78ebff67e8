export * from './coverage';
export * from './holidays';
