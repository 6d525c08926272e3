import { Button, Center, EmptyState } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Last resort for a render error anywhere under the router, instead of React Router's default. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <EmptyState
        icon={<IconAlertTriangle />}
        color="red"
        title={t('errorPage.title')}
        description={t('errorPage.text')}
      >
        <EmptyState.Actions>
          <Button
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('errorPage.reload')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
