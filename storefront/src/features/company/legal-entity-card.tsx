import { Badge, Card, DataList, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useFormat } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import type { ContractStatus, MyCompanyQuery } from '../../gql/graphql';

type Entity = MyCompanyQuery['myCompany']['legalEntities'][number];
type Contract = Entity['contracts'][number];

const STATUS_COLOR: Record<ContractStatus, string> = { ACTIVE: 'teal', SUSPENDED: 'yellow', CLOSED: 'gray' };

function Detail({ label, value, testId }: { label: string; value: string | null; testId?: string }) {
  const { t } = useTranslation();
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId} c={value ? undefined : 'dimmed'}>
        {value ?? t('companyDetails.none')}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/** One legal entity: its details (tax ids, addresses, bank) and contracts with their terms. */
export function LegalEntityCard({
  entity,
  active,
  activeContractId,
}: {
  entity: Entity;
  active: boolean;
  activeContractId: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="legal-entity-card" data-inn={entity.inn}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {entity.name}
            </Title>
            {entity.fullName && (
              <Text size="sm" c="dimmed">
                {entity.fullName}
              </Text>
            )}
          </div>
          {active && (
            <Badge variant="light" tt="none">
              {t('company.activeEntity')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <DataList size="sm" labelWidth={150}>
            <Detail label={t('companyDetails.inn')} value={entity.inn} testId="entity-inn" />
            <Detail label={t('companyDetails.kpp')} value={entity.kpp} />
            <Detail label={t('companyDetails.ogrn')} value={entity.ogrn} />
            <Detail label={t('companyDetails.legalAddress')} value={entity.legalAddress} />
            <Detail label={t('companyDetails.postalAddress')} value={entity.postalAddress} />
          </DataList>
          <DataList size="sm" labelWidth={150}>
            <Detail label={t('companyDetails.bankName')} value={entity.bankName} />
            <Detail label={t('companyDetails.bik')} value={entity.bik} />
            <Detail label={t('companyDetails.correspondentAccount')} value={entity.correspondentAccount} />
            <Detail label={t('companyDetails.settlementAccount')} value={entity.settlementAccount} />
          </DataList>
        </SimpleGrid>
        <Title order={4} size="h5">
          {t('company.contracts')}
        </Title>
        <ContractsTable contracts={entity.contracts} activeContractId={activeContractId} />
      </Stack>
    </Card>
  );
}

function ContractsTable({
  contracts,
  activeContractId,
}: {
  contracts: readonly Contract[];
  activeContractId: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (contracts.length === 0) return <Text c="dimmed">{t('company.noContracts')}</Text>;
  // The credit limit is finance: the API sends it only to those who may see finance.
  const showCredit = contracts.some((contract) => contract.creditLimit !== null);
  const validity = (contract: Contract) => {
    const from = contract.validFrom ? format.day(contract.validFrom) : null;
    const to = contract.validTo ? format.day(contract.validTo) : null;
    if (from && to) return t('contracts.validRange', { from, to });
    if (from) return t('contracts.validSince', { from });
    if (to) return t('contracts.validUntil', { to });
    return t('contracts.validOpen');
  };

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} striped data-testid="contracts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contracts.number')}</Table.Th>
            <Table.Th>{t('contracts.terms')}</Table.Th>
            {showCredit && <Table.Th ta="right">{t('contracts.creditLimit')}</Table.Th>}
            <Table.Th>{t('contracts.validity')}</Table.Th>
            <Table.Th>{t('contracts.statusLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contracts.map((contract) => (
            <Table.Tr key={contract.id} data-testid="contract-row" data-number={contract.number}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {t('contracts.dateValue', { number: contract.number, date: format.day(contract.date) })}
                  </Text>
                  {contract.isDefault && (
                    <Badge size="xs" variant="outline" tt="none">
                      {t('contracts.default')}
                    </Badge>
                  )}
                  {contract.id === activeContractId && (
                    <Badge size="xs" variant="filled" tt="none" data-testid="current-contract">
                      {t('company.currentContract')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {contract.paymentTerms === 'DEFERRAL'
                  ? t('contracts.deferral', { days: contract.deferralDays ?? 0 })
                  : t('contracts.paymentTerms.PREPAYMENT')}
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {contract.currency}
                </Text>
              </Table.Td>
              {showCredit && (
                <Table.Td ta="right" data-testid="credit-limit" style={{ whiteSpace: 'nowrap' }}>
                  {contract.creditLimit === null
                    ? t('companyDetails.none')
                    : contract.creditLimit === '0'
                      ? t('contracts.noCredit')
                      : format.money(contract.creditLimit, contract.currency)}
                </Table.Td>
              )}
              <Table.Td>{validity(contract)}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[contract.status]} variant="light" tt="none">
                  {t(`contracts.status.${contract.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
