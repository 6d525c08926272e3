import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MyCompanyQuery } from '../../gql/graphql';

type Address = MyCompanyQuery['myCompany']['deliveryAddresses'][number];

export function DeliveryAddressesCard({ addresses }: { addresses: readonly Address[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('company.deliveryAddresses')}
        </Title>
        {addresses.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('company.noAddresses')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6} striped data-testid="delivery-addresses">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('company.address')}</Table.Th>
                  <Table.Th>{t('company.contact')}</Table.Th>
                  <Table.Th>{t('company.comment')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {addresses.map((address) => (
                  <Table.Tr key={address.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {address.label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {address.address}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{address.contactName ?? '—'}</Text>
                      {address.contactPhone && (
                        <Text size="xs" c="dimmed">
                          {address.contactPhone}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={address.comment ? undefined : 'dimmed'}>
                        {address.comment ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
