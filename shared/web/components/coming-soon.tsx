import { EmptyState } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { PageTitle } from './page-title';

/** Stand-in for a section that a later issue fills in. */
export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={title} />
      <EmptyState
        mt="xl"
        icon={<IconTools />}
        title={t('comingSoon.title', { section: title })}
        description={t('comingSoon.text')}
      />
    </>
  );
}
