import { mountDengonApp } from '@dengon/web';

mountDengonApp({
  titleKey: 'apps.operatorConsole',
  allowedRoles: ['OPERATOR', 'SUPERVISOR', 'BACK_OFFICE'],
});
