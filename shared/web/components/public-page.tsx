import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from './language-switch';
import { PageTitle } from './page-title';

interface PublicPageProps {
  /** The heading, and the `<title>` unless `pageTitle` is given. */
  title: string;
  /** A shorter `<title>` for the browser tab. */
  pageTitle?: string;
  subtitle?: ReactNode;
  /** 400 for short forms (sign-in, password); wider for the registration questionnaire. */
  width?: number;
  children: ReactNode;
  /** Under the card: links to other public pages. */
  footer?: ReactNode;
}

/** The frame of the pages people see without a session: sign-in, registration, password, links from e-mails. */
export function PublicPage({ title, pageTitle, subtitle, width = 400, children, footer }: PublicPageProps) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <PageTitle title={pageTitle ?? title} />
      <Stack w="100%" maw={width} gap="md">
        <Group justify="space-between">
          <Text fw={700} size="xl" c="indigo.7">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h3" mb={subtitle ? 0 : 'lg'}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm" mb="lg">
              {subtitle}
            </Text>
          )}
          {children}
        </Paper>
        {footer}
      </Stack>
    </Center>
  );
}
