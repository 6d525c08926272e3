import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Stack, Title } from '@mantine/core';
import { errorMessage, PageTitle } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';

import { useSession } from '../auth/use-session';
import { MY_COMPANY_QUERY } from './company.queries';
import { DeliveryAddressesCard } from './delivery-addresses-card';
import { LegalEntityCard } from './legal-entity-card';
import { ManagerCard } from './manager-card';

/** The buyer's company: legal entities with details and contracts, delivery addresses, the personal manager. */
export function CompanyPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { data, loading, error } = useQuery(MY_COMPANY_QUERY);
  const company = data?.myCompany;

  return (
    <Stack gap="lg" maw={1200}>
      <PageTitle title={t('company.pageTitle')} />
      <Title order={1} size="h2" data-testid="company-name">
        {company?.name ?? session?.company.name}
      </Title>
      {error && (
        <Alert color="red" title={t('company.loadFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {loading && !company && <Loader />}
      {company && (
        <>
          <ManagerCard manager={company.manager} />
          <Title order={2} size="h4">
            {t('company.legalEntitiesCount', { count: company.legalEntities.length })}
          </Title>
          {company.legalEntities.map((entity) => (
            <LegalEntityCard
              key={entity.id}
              entity={entity}
              active={entity.id === session?.activeLegalEntity.id}
              activeContractId={session?.activeContract?.id ?? null}
            />
          ))}
          <DeliveryAddressesCard addresses={company.deliveryAddresses} />
        </>
      )}
    </Stack>
  );
}
