import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { ConfirmModal, errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ClientContractFieldsFragment, CompanyFieldsFragment, ContractStatus } from '../../gql/graphql';
import { BasePriceTypeSelect } from '../pricing/base-price-type-select';
import { COMPANY_QUERY, DELETE_CONTRACT_MUTATION } from './companies.queries';
import { ContractModal } from './contract-modal';
import { EditDeleteActions } from '../common/row-actions';

const STATUS_COLOR: Record<ContractStatus, string> = { ACTIVE: 'teal', SUSPENDED: 'yellow', CLOSED: 'gray' };
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function ContractsTab({ company, canEdit }: { company: CompanyFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<{ contract: ClientContractFieldsFragment | null } | null>(null);
  const [deleting, setDeleting] = useState<ClientContractFieldsFragment | null>(null);
  const [remove, { loading }] = useMutation(DELETE_CONTRACT_MUTATION, {
    refetchQueries: [{ query: COMPANY_QUERY, variables: { id: company.id } }],
    awaitRefetchQueries: true,
  });
  const rows = company.legalEntities.flatMap((le) => le.contracts.map((contract) => ({ le, contract })));

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', message: t('contractsTab.deleted') });
      setDeleting(null);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };

  const validity = (k: ClientContractFieldsFragment) => {
    const from = k.validFrom ? format.day(k.validFrom) : null;
    const to = k.validTo ? format.day(k.validTo) : null;
    if (from && to) return t('contracts.validRange', { from, to });
    if (from) return t('contracts.validSince', { from });
    if (to) return t('contracts.validUntil', { to });
    return t('contracts.validOpen');
  };

  return (
    <Stack gap="md">
      {canEdit && (
        <Group justify="flex-end">
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing({ contract: null })}
            disabled={company.legalEntities.length === 0}
          >
            {t('contractsTab.add')}
          </Button>
        </Group>
      )}
      {company.legalEntities.length === 0 && <Text c="dimmed">{t('contractsTab.noLegalEntities')}</Text>}
      {company.legalEntities.length > 0 && rows.length === 0 && <Text c="dimmed">{t('contractsTab.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={1200}>
          <Table striped highlightOnHover verticalSpacing={6} data-testid="contracts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.number')}</Table.Th>
                <Table.Th>{t('contractsTab.legalEntity')}</Table.Th>
                <Table.Th>{t('contracts.terms')}</Table.Th>
                <Table.Th ta="right">{t('contracts.creditLimit')}</Table.Th>
                <Table.Th>{t('contracts.validity')}</Table.Th>
                <Table.Th>{t('contracts.statusLabel')}</Table.Th>
                <Table.Th>{t('basePriceType.column')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ le, contract }) => (
                <Table.Tr key={contract.id} data-testid="contract-row" data-number={contract.number}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500} style={NO_WRAP}>
                        {t('contracts.dateValue', { number: contract.number, date: format.day(contract.date) })}
                      </Text>
                      {contract.isDefault && (
                        <Badge size="xs" variant="outline" tt="none">
                          {t('contracts.default')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{le.name}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {le.inn}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NO_WRAP}>
                    {contract.paymentTerms === 'DEFERRAL'
                      ? t('contracts.deferral', { days: contract.deferralDays ?? 0 })
                      : t('contracts.paymentTerms.PREPAYMENT')}
                  </Table.Td>
                  <Table.Td ta="right" style={NO_WRAP}>
                    {contract.creditLimit === '0'
                      ? t('contracts.noCredit')
                      : format.money(contract.creditLimit, contract.currency)}
                  </Table.Td>
                  <Table.Td style={NO_WRAP}>{validity(contract)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[contract.status]} variant="light" tt="none">
                      {t(`contracts.status.${contract.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <BasePriceTypeSelect
                      companyId={company.id}
                      contractId={contract.id}
                      own={contract.basePriceTypeId ?? null}
                      inherited={le.basePriceTypeId ?? company.basePriceTypeId ?? null}
                      canEdit={canEdit}
                    />
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <EditDeleteActions
                          onEdit={() => setEditing({ contract })}
                          onDelete={() => setDeleting(contract)}
                        />
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ContractModal company={company} editing={editing} onClose={() => setEditing(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('contractsTab.deleteTitle', { number: deleting?.number ?? '' })}
        confirmLabel={t('actions.delete')}
        color="red"
        loading={loading}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      >
        {t('contractsTab.deleteText')}
      </ConfirmModal>
    </Stack>
  );
}
