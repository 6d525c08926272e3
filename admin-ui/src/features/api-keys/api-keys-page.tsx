import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { errorMessage, PageTitle } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { API_KEYS_QUERY } from './api-keys.queries';
import { ApiKeysTable } from './api-keys-table';
import { CreateApiKeyModal } from './create-api-key-modal';
import { RevokeApiKeyModal } from './revoke-api-key-modal';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = hasPermission(session, 'MANAGE_API_KEYS');

  return (
    <Stack gap="md">
      <PageTitle title={t('apiKeys.pageTitle')} />
      {allowed ? (
        <ApiKeysManager />
      ) : (
        <>
          <Title order={1} size="h2">
            {t('apiKeys.pageTitle')}
          </Title>
          <Alert color="red">{t('apiKeys.forbidden')}</Alert>
        </>
      )}
    </Stack>
  );
}

function ApiKeysManager() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(API_KEYS_QUERY);
  const [createOpened, createModal] = useDisclosure(false);
  const [revokeOpened, revokeModal] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const askToRevoke = (apiKey: ApiKeyFieldsFragment) => {
    setRevoking(apiKey);
    revokeModal.open();
  };

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={1} size="h2">
            {t('apiKeys.pageTitle')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('apiKeys.description')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
          {t('apiKeys.create')}
        </Button>
      </Group>

      {error && (
        <Alert color="red" title={t('apiKeys.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {loading && !data && <Loader />}
      {data && <ApiKeysTable apiKeys={data.apiKeys} onRevoke={askToRevoke} />}

      <CreateApiKeyModal opened={createOpened} onClose={createModal.close} />
      <RevokeApiKeyModal opened={revokeOpened} apiKey={revoking} onClose={revokeModal.close} />
    </>
  );
}
