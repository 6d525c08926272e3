import type { ReactNode } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';

import type { AuthConfig } from '../auth/auth-config';
import { AuthProvider } from '../auth/auth-provider';
import { LoginPage } from '../auth/login-page';
import { ForgotPasswordPage, type PasswordDocuments, SetPasswordPage } from '../auth/password-pages';
import { RequireAuth } from '../auth/require-auth';
import { NotFoundPage } from '../components/not-found-page';
import { RouteErrorPage } from '../components/route-error-page';

interface AppRouterOptions {
  auth: AuthConfig;
  /** The app's password documents: adds `/forgot-password` and `/set-password?token=` (links from e-mails). */
  password: PasswordDocuments;
  /** The signed-in frame (header, navbar) around every page; renders an <Outlet />. */
  layout: ReactNode;
  /** The app's own pages, relative to the app's base; anything else is the not-found page. */
  routes: RouteObject[];
  /** Pages open without a session besides login and password (registration, e-mail links). */
  publicRoutes?: RouteObject[];
  /** Under the login card (the storefront's "Register" link). */
  loginFooter?: ReactNode;
  /** Where the app is served ('/admin'); omit for '/'. */
  basename?: string;
}

/**
 * The route tree both apps share: `/login` and the password pages open, the app's public pages,
 * everything else behind a session (closed contour), a last-resort error page, and the not-found
 * page inside the frame.
 */
export function createAppRouter({
  auth,
  password,
  layout,
  routes,
  publicRoutes = [],
  loginFooter,
  basename,
}: AppRouterOptions) {
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
          { path: 'login', element: <LoginPage footer={loginFooter} /> },
          { path: 'forgot-password', element: <ForgotPasswordPage document={password.requestReset} /> },
          { path: 'set-password', element: <SetPasswordPage document={password.setPassword} /> },
          ...publicRoutes,
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
