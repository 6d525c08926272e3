import { useApolloClient } from '@apollo/client/react';
import { Alert, Box, Button, FileButton, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconUpload } from '@tabler/icons-react';
import { authorizedFetch } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProductFieldsFragment } from '../../gql/graphql';
import { auth } from '../auth/auth';
import { PRODUCT_QUERY } from './catalog.queries';

/** What the API accepts (sharp reads these); the size limit is the API's IMAGE_MAX_BYTES. */
const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif,image/avif';

/** The product's picture: shown as buyers see it, replaced by an upload (resized by the API). */
export function ProductImage({ product, canEdit }: { product: ProductFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    setFailure(null);
    setUploading(true);
    try {
      const body = new FormData();
      body.append('file', file);
      const response = await authorizedFetch(auth, `/api/admin/products/${product.id}/image`, {
        method: 'POST',
        body,
      });
      if (!response.ok) {
        const answer = (await response.json().catch(() => null)) as { message?: string | string[] } | null;
        const message = Array.isArray(answer?.message) ? answer.message.join('; ') : answer?.message;
        setFailure(
          response.status === 413
            ? t('productImage.tooLarge')
            : response.status === 403
              ? t('errors.forbidden')
              : (message?.replace(/^file: /, '') ?? t('errors.unexpected')),
        );
        return;
      }
      await client.query({ query: PRODUCT_QUERY, variables: { id: product.id }, fetchPolicy: 'network-only' });
      notifications.show({ color: 'teal', message: t('productImage.uploaded') });
    } catch {
      setFailure(t('errors.network'));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Paper withBorder p="md" w={260} data-testid="product-image">
      <Stack gap="sm" align="center">
        <Title order={2} size="h4" style={{ alignSelf: 'flex-start' }}>
          {t('productImage.title')}
        </Title>
        {product.imageUrl ? (
          <Image
            src={product.imageUrl}
            alt={product.name}
            w={220}
            h={220}
            fit="contain"
            data-testid="product-picture"
          />
        ) : (
          <Box c="gray.4" py="xl">
            <IconPhoto size={64} />
            <Text size="sm" c="dimmed">
              {t('productImage.none')}
            </Text>
          </Box>
        )}
        {failure && (
          <Alert color="red" w="100%" data-testid="image-error">
            {failure}
          </Alert>
        )}
        {canEdit && (
          <FileButton onChange={(file) => void upload(file)} accept={ACCEPT}>
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconUpload size={16} />} loading={uploading}>
                {product.imageUrl ? t('productImage.replace') : t('productImage.upload')}
              </Button>
            )}
          </FileButton>
        )}
        <Text size="xs" c="dimmed" ta="center">
          {t('productImage.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
