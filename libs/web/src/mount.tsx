import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Role } from './gql/graphql';
import { languageReady } from './i18n/i18n';
import { Session } from './session/session';
import type { NavItem } from './shell/navigation';
import { DengonApp, type AppTitleKey } from './ui/DengonApp';

export interface DengonAppOptions {
  titleKey: AppTitleKey;
  /** Signed-in users with any other role are told so and signed out. */
  allowedRoles: readonly Role[];
  /** Where the API serves the app, e.g. '/console'. */
  basename: string;
  navigation: readonly NavItem[];
  /** The signed-in screens: a react-router <Routes> element. */
  routes: ReactNode;
}

/** Boots one Dengon front end into `#root`. */
export function mountDengonApp({ allowedRoles, ...app }: DengonAppOptions): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html must contain <div id="root">');
  // Built outside React so StrictMode's double effects cannot start two sessions.
  const session = new Session(allowedRoles);
  void session.refresh(); // a reload keeps the user signed in through the refresh cookie
  // A user who chose English waits for its texts rather than seeing Japanese flash by.
  void languageReady.then(() =>
    createRoot(root).render(
      <StrictMode>
        <DengonApp session={session} {...app} />
      </StrictMode>,
    ),
  );
}
