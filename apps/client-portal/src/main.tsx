import { CLIENT_ROLES, mountDengonApp } from '@dengon/web';
import { PortalRoutes, portalNavigation } from './routes';

mountDengonApp({
  titleKey: 'apps.clientPortal',
  allowedRoles: CLIENT_ROLES,
  basename: '/portal',
  navigation: portalNavigation,
  routes: <PortalRoutes />,
});
