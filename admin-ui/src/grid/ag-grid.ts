// The one place where the admin UI sets up AG Grid (as the storefront does in its src/grid):
// modules are registered before the first grid renders, and only the routes that show a grid
// pay for it in their bundle. Community edition only (MIT): server-paged tables use the
// Infinite Row Model, never the Enterprise Server-Side Row Model.
import { AllCommunityModule, ModuleRegistry, provideGlobalGridOptions, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

/** Matches the Mantine theme: dense rows for long staff lists. */
export const gridTheme = themeQuartz.withParams({
  accentColor: 'var(--mantine-primary-color-filled)',
  fontFamily: 'inherit',
  fontSize: 13,
  rowHeight: 36,
  headerHeight: 34,
  borderRadius: 4,
  wrapperBorderRadius: 4,
});

provideGlobalGridOptions({ theme: gridTheme });

export { AgGridReact } from 'ag-grid-react';
export type { ColDef, GridApi, IDatasource, IGetRowsParams, ICellRendererParams } from 'ag-grid-community';
