import { Anchor, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';

import { FullPageLoader } from '../components/full-page-loader';
import { PublicPage } from '../components/public-page';
import { useAuth } from './auth-provider';
import { LoginForm } from './login-form';
import { safeNextPath } from './login-path';

/** Where the "Forgot your password?" link leads, in both apps (see createAppRouter). */
export const FORGOT_PASSWORD_PATH = '/forgot-password';

/**
 * `/login`: the app's own title and subtitle (`login.title`, `login.subtitle`) over the shared form,
 * the password-reset link and whatever else the app puts under it (`footer`: the storefront's
 * registration link).
 */
export function LoginPage({ footer }: { footer?: ReactNode }) {
  const { t } = useTranslation();
  const { status } = useAuth();
  const [searchParams] = useSearchParams();

  if (status === 'restoring') return <FullPageLoader />;
  if (status === 'authenticated') return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;

  return (
    <PublicPage
      title={t('login.title')}
      pageTitle={t('login.pageTitle')}
      subtitle={t('login.subtitle')}
      footer={footer}
    >
      <LoginForm initialEmail={searchParams.get('email') ?? ''} />
      <Group justify="flex-end" mt="md">
        <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm">
          {t('login.forgotPassword')}
        </Anchor>
      </Group>
    </PublicPage>
  );
}
