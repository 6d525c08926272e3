type Xlsx = typeof import('@e965/xlsx');

let loading: Promise<Xlsx> | null = null;

/**
 * SheetJS, loaded on the first request that reads or writes a workbook with it: with its code-page
 * tables it is ≈ 10 MB of heap a replica that never sees a spreadsheet should not carry.
 */
export const loadXlsx = (): Promise<Xlsx> => (loading ??= import('@e965/xlsx'));
