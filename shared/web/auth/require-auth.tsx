import { Navigate, Outlet, useLocation } from 'react-router';

import { FullPageLoader } from '../components/full-page-loader';
import { useAuth } from './auth-provider';
import { loginPath } from './login-path';

export function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'restoring') return <FullPageLoader />;
  if (status === 'signedOut') return <Navigate to="/login" replace />;
  if (status === 'anonymous') return <Navigate to={loginPath(location)} replace />;
  return <Outlet />;
}
