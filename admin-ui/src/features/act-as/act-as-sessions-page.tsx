import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Loader, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmModal, errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ActAsSessionsQuery } from '../../gql/graphql';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { PageHeader } from '../common/page-header';
import { ACT_AS_SESSIONS_QUERY, END_ACT_AS_SESSION_MUTATION } from './act-as.queries';

type ActAsSession = ActAsSessionsQuery['actAsSessions'][number];
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** `/act-as-sessions`: running "act as buyer" sessions (yours; administrators see all) and ending them. */
export function ActAsSessionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const { data, loading, error } = useQuery(ACT_AS_SESSIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [ending, setEnding] = useState<ActAsSession | null>(null);
  const [end, { loading: saving }] = useMutation(END_ACT_AS_SESSION_MUTATION, {
    refetchQueries: [ACT_AS_SESSIONS_QUERY],
    awaitRefetchQueries: true,
  });
  if (!hasPermission(session, 'ACT_AS_BUYER')) return <NoAccess />;

  const confirm = async () => {
    if (!ending) return;
    try {
      await end({ variables: { id: ending.id } });
      notifications.show({ color: 'teal', message: t('actAs.ended') });
      setEnding(null);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  const sessions = data?.actAsSessions;
  return (
    <Stack gap="md">
      <PageHeader title={t('actAs.pageTitle')} description={t('actAs.description')} />
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !sessions && <Loader />}
      {sessions && sessions.length === 0 && <Text c="dimmed">{t('actAs.empty')}</Text>}
      {sessions && sessions.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing={6} data-testid="act-as-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('actAs.columns.staff')}</Table.Th>
                <Table.Th>{t('actAs.columns.buyer')}</Table.Th>
                <Table.Th>{t('actAs.columns.company')}</Table.Th>
                <Table.Th>{t('actAs.columns.startedAt')}</Table.Th>
                <Table.Th>{t('actAs.columns.expiresAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => (
                <Table.Tr key={s.id} data-testid="act-as-row">
                  <Table.Td>{s.staffName}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{s.buyerName}</Text>
                    <Text size="xs" c="dimmed">
                      {s.buyerEmail}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/companies/${s.companyId}`} size="sm">
                      {s.companyName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={NO_WRAP}>{format.dateTime(s.startedAt)}</Table.Td>
                  <Table.Td style={NO_WRAP}>{format.dateTime(s.expiresAt)}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => setEnding(s)}>
                      {t('actAs.end')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={ending !== null}
        title={t('actAs.endTitle')}
        confirmLabel={t('actAs.end')}
        color="red"
        loading={saving}
        onConfirm={() => void confirm()}
        onClose={() => setEnding(null)}
      >
        {t('actAs.endText', { buyer: ending?.buyerName ?? '', staff: ending?.staffName ?? '' })}
      </ConfirmModal>
    </Stack>
  );
}
