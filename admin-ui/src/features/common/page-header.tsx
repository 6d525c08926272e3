import { Group, Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '@wholesail/shared/web';
import type { ReactNode } from 'react';

/** A page's `<title>`, heading, one-line description and its main action on the right. */
export function PageHeader({
  title,
  description,
  action,
}: {
  title: string;
  description?: string;
  action?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <PageTitle title={title} />
      <Stack gap={2}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm" maw={760}>
            {description}
          </Text>
        )}
      </Stack>
      {action}
    </Group>
  );
}
