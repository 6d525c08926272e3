import { Badge, Button, Code, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { ApiKeyFieldsFragment } from '../../gql/graphql';

const VISIBLE_SCOPES = 3;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  apiKeys: readonly ApiKeyFieldsFragment[];
  onRevoke: (apiKey: ApiKeyFieldsFragment) => void;
}

export function ApiKeysTable({ apiKeys, onRevoke }: Props) {
  const { t } = useTranslation();
  const format = useFormat();

  if (apiKeys.length === 0) return <Text c="dimmed">{t('apiKeys.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="api-keys-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('apiKeys.columns.name')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.prefix')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.scopes')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.created')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.lastUsed')}</Table.Th>
            <Table.Th w={130}>{t('apiKeys.columns.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('apiKeys.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apiKeys.map((key) => (
            <Table.Tr key={key.id} data-testid="api-key-row">
              <Table.Td fw={500}>{key.name}</Table.Td>
              <Table.Td>
                <Code>{key.prefix}</Code>
              </Table.Td>
              <Table.Td>
                <ScopeBadges scopes={key.scopes} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={NO_WRAP}>
                  {format.dateTime(key.createdAt)}
                </Text>
                {key.createdBy && (
                  <Text size="xs" c="dimmed">
                    {t('apiKeys.createdBy', { name: key.createdBy.fullName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={key.lastUsedAt ? undefined : 'dimmed'} style={NO_WRAP}>
                  {key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('apiKeys.never')}
                </Text>
              </Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Tooltip label={t('apiKeys.revokedAt', { date: format.dateTime(key.revokedAt) })}>
                    <Badge color="gray" variant="light" tt="none">
                      {t('apiKeys.status.revoked')}
                    </Badge>
                  </Tooltip>
                ) : (
                  <Badge color="teal" variant="light" tt="none">
                    {t('apiKeys.status.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {!key.revokedAt && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => {
                      onRevoke(key);
                    }}
                  >
                    {t('apiKeys.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ScopeBadges({ scopes }: { scopes: readonly string[] }) {
  const hidden = scopes.slice(VISIBLE_SCOPES);
  return (
    <Group gap={4}>
      {scopes.slice(0, VISIBLE_SCOPES).map((scope) => (
        <Badge key={scope} variant="outline" size="sm" tt="none">
          {scope}
        </Badge>
      ))}
      {hidden.length > 0 && (
        <Tooltip label={hidden.join(', ')} multiline maw={320}>
          <Badge variant="light" size="sm" color="gray">
            +{hidden.length}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
