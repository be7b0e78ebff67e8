/** `npm test`: every jest project of the workspace. */
module.exports = {
  projects: ['<rootDir>/libs/domain', '<rootDir>/apps/api'],
};
