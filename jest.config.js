/** `npm test`: every jest project of the workspace. */
module.exports = {
  projects: ['<rootDir>/libs/domain', '<rootDir>/libs/web', '<rootDir>/apps/api'],
  // Here, not per project: run through `projects`, jest times tests and hooks by this global value
  // (a project's own testTimeout left the API's hooks at the default 5 s).
  testTimeout: 30_000,
};
