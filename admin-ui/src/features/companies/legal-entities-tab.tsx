import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { ConfirmModal, errorMessage } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientLegalEntityFieldsFragment, CompanyFieldsFragment } from '../../gql/graphql';
import { COMPANY_QUERY, DELETE_LEGAL_ENTITY_MUTATION } from './companies.queries';
import { LegalEntityModal } from './legal-entity-modal';
import { EditDeleteActions } from '../common/row-actions';

type Editing = { entity: ClientLegalEntityFieldsFragment | null } | null;

export function LegalEntitiesTab({ company, canEdit }: { company: CompanyFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ClientLegalEntityFieldsFragment | null>(null);
  const [remove, { loading }] = useMutation(DELETE_LEGAL_ENTITY_MUTATION, {
    refetchQueries: [{ query: COMPANY_QUERY, variables: { id: company.id } }],
    awaitRefetchQueries: true,
  });

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      const { data } = await remove({ variables: { id: deleting.id } });
      if (data?.deleteLegalEntity.__typename === 'InUseError') {
        notifications.show({ color: 'red', message: t('legalEntities.inUse') });
      } else {
        notifications.show({ color: 'teal', message: t('legalEntities.deleted') });
      }
      setDeleting(null);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  return (
    <Stack gap="md">
      {canEdit && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ entity: null })}>
            {t('legalEntities.add')}
          </Button>
        </Group>
      )}
      {company.legalEntities.length === 0 ? (
        <Text c="dimmed">{t('legalEntities.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover verticalSpacing={6} data-testid="legal-entities-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('legalEntities.columns.name')}</Table.Th>
                <Table.Th>{t('legalEntities.columns.taxIds')}</Table.Th>
                <Table.Th>{t('legalEntities.columns.address')}</Table.Th>
                <Table.Th>{t('legalEntities.columns.bank')}</Table.Th>
                <Table.Th ta="right">{t('legalEntities.columns.contracts')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {company.legalEntities.map((le) => (
                <Table.Tr key={le.id} data-testid="legal-entity-row" data-inn={le.inn}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {le.name}
                    </Text>
                    {le.fullName && (
                      <Text size="xs" c="dimmed">
                        {le.fullName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {le.inn}
                      {le.kpp ? ` / ${le.kpp}` : ''}
                    </Text>
                    {le.ogrn && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {le.ogrn}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{le.legalAddress ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{le.bankName ?? '—'}</Text>
                    {le.bik && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {le.bik} · {le.settlementAccount ?? '—'}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{le.contracts.length}</Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <EditDeleteActions onEdit={() => setEditing({ entity: le })} onDelete={() => setDeleting(le)} />
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LegalEntityModal companyId={company.id} editing={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('legalEntities.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('actions.delete')}
        color="red"
        loading={loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      >
        {t('legalEntities.deleteText')}
      </ConfirmModal>
    </Stack>
  );
}
