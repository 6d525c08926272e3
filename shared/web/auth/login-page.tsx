import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';

import { FullPageLoader } from '../components/full-page-loader';
import { LanguageSwitch } from '../components/language-switch';
import { PageTitle } from '../components/page-title';
import { useAuth } from './auth-provider';
import { LoginForm } from './login-form';
import { safeNextPath } from './login-path';

/** `/login`: the app's own title and subtitle (`login.title`, `login.subtitle`) over the shared form. */
export function LoginPage() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const [searchParams] = useSearchParams();

  if (status === 'restoring') return <FullPageLoader />;
  if (status === 'authenticated') return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <PageTitle title={t('login.pageTitle')} />
      <Stack w="100%" maw={400} gap="md">
        <Group justify="space-between">
          <Text fw={700} size="xl" c="indigo.7">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3">
            {t('login.title')}
          </Title>
          <Text c="dimmed" size="sm" mb="lg">
            {t('login.subtitle')}
          </Text>
          <LoginForm />
        </Paper>
      </Stack>
    </Center>
  );
}
