import { mountDengonApp, STAFF_ROLES } from '@dengon/web';
import { ConsoleRoutes, consoleNavigation } from './routes';

mountDengonApp({
  titleKey: 'apps.operatorConsole',
  allowedRoles: STAFF_ROLES,
  basename: '/console',
  navigation: consoleNavigation,
  routes: <ConsoleRoutes />,
});
