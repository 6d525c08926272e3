import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  FileButton,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { authorizedFetch, PageTitle, useFormat, useLanguage } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import type { QuickOrderMutation } from '../../gql/graphql';
import { auth } from '../auth/auth';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { CATALOG_TREE_QUERY } from '../catalog/catalog.queries';
import { CART_BADGE_QUERY } from './cart.queries';
import { EntryReport } from './quick-order-page';
import { RoundingChoice } from './rounding-choice';
import { useRounding } from './use-rounding';

type Report = QuickOrderMutation['quickOrder'];
type Download = { received: number; rows: number | null; done: boolean } | { error: string };

/**
 * Excel out and in. Out: the personal price list (whole catalog, or a category and search — the catalog's
 * "Download" link fills them in), streamed with a progress bar. In: the filled-in file is checked first
 * (dry run, nothing written) and shown row by row; the buyer then takes the valid rows or nothing.
 */
export function ExcelPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const client = useApolloClient();
  const session = useSession();
  const canOrder = hasPermission(session, 'PLACE_ORDERS');
  const [params] = useSearchParams();
  const tree = useQuery(CATALOG_TREE_QUERY);
  const [categoryId, setCategoryId] = useState<string | null>(params.get('cat'));
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [inStock, setInStock] = useState(params.get('stock') === '1');
  const [download, setDownload] = useState<Download | null>(null);
  const [rounding, setRounding] = useRounding();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const startDownload = async () => {
    const query = new URLSearchParams({ locale: language.language });
    if (categoryId) query.set('categoryId', categoryId);
    if (search.trim()) query.set('search', search.trim());
    if (inStock) query.set('inStock', 'true');
    setDownload({ received: 0, rows: null, done: false });
    try {
      const response = await authorizedFetch(auth, `/api/shop/price-list.xlsx?${query.toString()}`);
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        setDownload({ error: body.message ?? response.statusText });
        return;
      }
      const rows = Number(response.headers.get('X-Row-Count') ?? '') || null;
      const name =
        /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'price-list.xlsx';
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setDownload({ received, rows, done: false });
      }
      const url = URL.createObjectURL(
        new Blob(chunks as BlobPart[], { type: response.headers.get('Content-Type') ?? '' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setDownload({ received, rows, done: true });
    } catch (error) {
      setDownload({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  const upload = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setUploadError(null);
    try {
      const body = new FormData();
      body.append('file', file);
      const query = new URLSearchParams({ apply: 'VALID_ROWS', rounding, dryRun: String(dryRun) });
      const response = await authorizedFetch(auth, `/api/shop/cart/excel?${query.toString()}`, {
        method: 'POST',
        body,
      });
      const json = (await response.json()) as Report & { reason?: string; message?: string };
      if (!response.ok) {
        setReport(null);
        setUploadError(
          json.reason
            ? t(`ordering.excel.reason.${json.reason}` as 'ordering.excel.reason.CORRUPT_FILE', {
                defaultValue: json.message ?? json.reason,
              })
            : (json.message ?? response.statusText),
        );
        return;
      }
      setReport(json);
      if (!dryRun) await client.refetchQueries({ include: [CART_BADGE_QUERY] });
    } catch (error) {
      setUploadError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const categories = (tree.data?.categories ?? []).map((c) => ({
    value: c.id,
    label: `${'· '.repeat(c.depth)}${c.name}`,
  }));

  return (
    <Stack gap="md" maw={980}>
      <PageTitle title={t('ordering.excel.title')} />
      <Title order={1} size="h3">
        {t('ordering.excel.title')}
      </Title>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h5">
            {t('ordering.excel.downloadTitle')}
          </Title>
          <Group align="flex-end" gap="sm">
            <Select
              label={t('ordering.excel.category')}
              placeholder={t('ordering.excel.wholeCatalog')}
              data={categories}
              value={categoryId}
              onChange={setCategoryId}
              searchable
              clearable
              miw={280}
              data-testid="excel-category"
            />
            <TextInput
              label={t('ordering.excel.search')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            <Switch
              label={t('ordering.excel.inStock')}
              checked={inStock}
              onChange={(e) => setInStock(e.currentTarget.checked)}
              mb={8}
            />
            <Button
              leftSection={<IconDownload size={16} />}
              onClick={() => void startDownload()}
              loading={download !== null && 'received' in download && !download.done}
              data-testid="excel-download"
            >
              {t('ordering.excel.download')}
            </Button>
          </Group>
          {download && 'received' in download && (
            <Stack gap={4} data-testid="excel-download-progress" data-done={download.done}>
              <Progress value={100} animated={!download.done} striped={!download.done} />
              <Text size="xs" c="dimmed">
                {download.done
                  ? t('ordering.excel.downloaded', {
                      rows: format.integer(download.rows ?? 0),
                      kb: format.integer(Math.ceil(download.received / 1024)),
                    })
                  : t('ordering.excel.downloading', {
                      rows: format.integer(download.rows ?? 0),
                      kb: format.integer(Math.ceil(download.received / 1024)),
                    })}
              </Text>
            </Stack>
          )}
          {download && 'error' in download && <Alert color="red">{download.error}</Alert>}
        </Stack>
      </Paper>

      {canOrder && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h5">
              {t('ordering.excel.uploadTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('ordering.excel.uploadHint')}
            </Text>
            <Group gap="sm">
              <FileButton
                onChange={(f) => {
                  setFile(f);
                  setReport(null);
                  setUploadError(null);
                }}
                accept=".xlsx,.csv"
              >
                {(props) => (
                  <Button
                    variant="default"
                    leftSection={<IconFileSpreadsheet size={16} />}
                    {...props}
                    data-testid="excel-choose"
                  >
                    {file ? file.name : t('ordering.excel.choose')}
                  </Button>
                )}
              </FileButton>
              <RoundingChoice value={rounding} onChange={setRounding} />
              <Button
                leftSection={<IconUpload size={16} />}
                disabled={!file}
                loading={busy}
                onClick={() => void upload(true)}
                data-testid="excel-check"
              >
                {t('ordering.excel.check')}
              </Button>
            </Group>
            {uploadError && (
              <Alert color="red" data-testid="excel-error">
                {uploadError}
              </Alert>
            )}
            {report && <EntryReport report={report} />}
            {report?.dryRun && (
              <Group gap="sm">
                <Button
                  color="green"
                  disabled={report.validLines === 0}
                  loading={busy}
                  onClick={() => void upload(false)}
                  data-testid="excel-take-valid"
                >
                  {t('ordering.excel.takeValid', { n: report.validLines })}
                </Button>
                <Button
                  variant="default"
                  onClick={() => {
                    setReport(null);
                    setFile(null);
                  }}
                  data-testid="excel-take-nothing"
                >
                  {t('ordering.excel.takeNothing')}
                </Button>
              </Group>
            )}
            {report && !report.dryRun && (
              <Button component={Link} to="/cart" variant="light" w="fit-content" data-testid="excel-open-cart">
                {t('ordering.cart.open')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
