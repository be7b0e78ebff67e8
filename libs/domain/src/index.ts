export * from './auth/roles';
export * from './auth/login-lock';
