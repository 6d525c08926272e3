import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, FileInput, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { errorMessage, useFormat } from '@wholesail/shared/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { readPriceSheetFile } from './price-sheet';
import { UPSERT_PRICE_ENTRIES_MUTATION } from './pricing.queries';

/** The API takes up to this many rows in one call; bigger loads go through the CSV endpoint. */
const MAX_ROWS = 10_000;

interface ReportLine {
  row: number;
  key: string;
  field: string;
  message: string;
}

interface Report {
  read: number;
  applied: number;
  unchanged: number;
  problems: ReportLine[];
  nothingSaved: boolean;
}

/** Upload of the price sheet: every row checked, a row-by-row report, all-or-nothing on request. */
export function PriceImportModal({
  opened,
  onClose,
  onImported,
}: {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(true);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [upsert] = useMutation(UPSERT_PRICE_ENTRIES_MUTATION);

  const close = () => {
    setFile(null);
    setReport(null);
    setFailure(null);
    onClose();
  };

  const run = async () => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setReport(null);
    try {
      const sheet = await readPriceSheetFile(file);
      const problems: ReportLine[] = sheet.errors.map((e) => ({
        row: e.row,
        key: '',
        field: e.field,
        message: e.message,
      }));
      if (sheet.rows.length > MAX_ROWS) {
        setFailure(t('priceImport.tooMany', { max: format.integer(MAX_ROWS) }));
        return;
      }
      if ((allOrNothing && problems.length > 0) || sheet.rows.length === 0) {
        setReport({
          read: sheet.rows.length + problems.length,
          applied: 0,
          unchanged: 0,
          problems,
          nothingSaved: true,
        });
        return;
      }
      const { data } = await upsert({
        variables: {
          input: {
            rows: sheet.rows.map((r) => ({
              sku: r.sku,
              priceTypeCode: r.priceTypeCode,
              packagingCode: r.packagingCode,
              price: r.price,
              tiers: r.tiers,
            })),
            options: { allOrNothing },
          },
        },
      });
      const result = data?.upsertPriceEntries;
      if (!result) throw new Error('no data');
      for (const e of result.rowErrors) {
        const source = sheet.rows[e.row - 1];
        problems.push({
          row: source?.row ?? e.row,
          key: e.key ?? source?.sku ?? '',
          field: e.field ?? '',
          message: e.message,
        });
      }
      problems.sort((a, b) => a.row - b.row);
      const unchanged = result.items.filter((i) => !i.changed).length;
      setReport({
        read: sheet.rows.length + sheet.errors.length,
        applied: result.applied,
        unchanged,
        problems,
        nothingSaved: result.applied === 0,
      });
      if (result.applied > 0) onImported();
    } catch (e) {
      setFailure(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('priceImport.title')} size="xl">
      <Stack gap="sm" data-testid="price-import">
        <Text size="sm" c="dimmed">
          {t('priceImport.hint')}
        </Text>
        <FileInput
          label={t('priceImport.file')}
          placeholder={t('priceImport.choose')}
          accept=".xlsx,.xls,.csv"
          leftSection={<IconFileSpreadsheet size={16} />}
          value={file}
          onChange={setFile}
          clearable
          data-testid="price-import-file"
        />
        <Checkbox
          label={t('priceImport.allOrNothing')}
          checked={allOrNothing}
          onChange={(e) => setAllOrNothing(e.currentTarget.checked)}
        />
        {failure && <Alert color="red">{failure}</Alert>}
        {report && (
          <Alert
            color={report.problems.length ? (report.nothingSaved ? 'red' : 'yellow') : 'teal'}
            data-testid="price-import-report"
          >
            {report.nothingSaved && report.problems.length
              ? t('priceImport.nothingSaved', { problems: report.problems.length })
              : t('priceImport.done', {
                  read: report.read,
                  applied: report.applied,
                  unchanged: report.unchanged,
                  problems: report.problems.length,
                })}
          </Alert>
        )}
        {report && report.problems.length > 0 && (
          <ScrollArea.Autosize mah={300}>
            <Table striped verticalSpacing={4} data-testid="price-import-problems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('priceImport.row')}</Table.Th>
                  <Table.Th>{t('priceImport.key')}</Table.Th>
                  <Table.Th>{t('priceImport.field')}</Table.Th>
                  <Table.Th>{t('priceImport.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.problems.map((p, i) => (
                  <Table.Tr key={`${p.row}:${i}`}>
                    <Table.Td>{p.row}</Table.Td>
                    <Table.Td ff="monospace">{p.key}</Table.Td>
                    <Table.Td>{p.field}</Table.Td>
                    <Table.Td>{p.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('priceImport.close')}
          </Button>
          <Button onClick={() => void run()} loading={busy} disabled={!file}>
            {t('priceImport.run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
