import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Loader, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { errorMessage } from '@wholesail/shared/web';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { NoAccess } from '../common/no-access';
import { ATTRIBUTES_QUERY, PRODUCT_QUERY, UNITS_QUERY } from './catalog.queries';
import { ProductForm } from './product-form';

/** `/catalog/products/:id` and `/catalog/products/new`: the product editor (read-only without MANAGE_CATALOG). */
export function ProductPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const session = useSession();
  const isNew = id === 'new';
  const product = useQuery(PRODUCT_QUERY, { variables: { id: id ?? '' }, skip: isNew || !id });
  const attributes = useQuery(ATTRIBUTES_QUERY);
  const units = useQuery(UNITS_QUERY);
  const canEdit = hasPermission(session, 'MANAGE_CATALOG');
  if (!hasPermission(session, 'READ_CATALOG') || (isNew && !canEdit)) return <NoAccess />;

  const error = product.error ?? attributes.error ?? units.error;
  const ready = attributes.data && units.data && (isNew || product.data);
  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/catalog/products" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('products.backToList')}
          </Group>
        </Anchor>
      </Group>
      {error && (
        <Alert color="red" title={t('products.loadOneFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
      {!ready && !error && <Loader />}
      {ready && (
        <ProductForm
          key={product.data?.product.id ?? 'new'}
          product={product.data?.product ?? null}
          definitions={attributes.data.attributeDefinitions}
          units={units.data.units}
          canEdit={canEdit}
        />
      )}
    </Stack>
  );
}
