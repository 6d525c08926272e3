import type { ReactNode } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';

import type { AuthConfig } from '../auth/auth-config';
import { AuthProvider } from '../auth/auth-provider';
import { LoginPage } from '../auth/login-page';
import { RequireAuth } from '../auth/require-auth';
import { NotFoundPage } from '../components/not-found-page';
import { RouteErrorPage } from '../components/route-error-page';

interface AppRouterOptions {
  auth: AuthConfig;
  /** The signed-in frame (header, navbar) around every page; renders an <Outlet />. */
  layout: ReactNode;
  /** The app's own pages, relative to the app's base; anything else is the not-found page. */
  routes: RouteObject[];
  /** Where the app is served ('/admin'); omit for '/'. */
  basename?: string;
}

/**
 * The route tree both apps share: `/login` open, everything else behind a session (closed
 * contour), a last-resort error page, and the not-found page inside the frame.
 */
export function createAppRouter({ auth, layout, routes, basename }: AppRouterOptions) {
  return createBrowserRouter(
    [
      {
        element: (
          <AuthProvider config={auth}>
            <Outlet />
          </AuthProvider>
        ),
        errorElement: <RouteErrorPage />,
        children: [
          { path: 'login', element: <LoginPage /> },
          {
            element: <RequireAuth />,
            children: [{ element: layout, children: [...routes, { path: '*', element: <NotFoundPage /> }] }],
          },
        ],
      },
    ],
    { basename },
  );
}
