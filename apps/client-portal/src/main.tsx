import { mountDengonApp } from '@dengon/web';

mountDengonApp({
  titleKey: 'apps.clientPortal',
  allowedRoles: ['CLIENT_ADMIN', 'CLIENT_MEMBER'],
});
