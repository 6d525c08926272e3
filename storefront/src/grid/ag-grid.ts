// The one place where AG Grid is set up. Import grid components from here (never from
// 'ag-grid-react' directly) so that modules are registered before the first grid renders,
// and only the routes that show a grid pay for it in their bundle.
//
// Community edition only (MIT): no Server-Side Row Model, master/detail, clipboard, range
// selection, Excel export, set filter, context menu or tool panels — those are Enterprise.
// Server-paged tables use the Infinite Row Model; Excel goes through SheetJS on our side.
import { AllCommunityModule, ModuleRegistry, provideGlobalGridOptions, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

/** Matches the Mantine theme (`theme` in @wholesail/shared/web): dense rows for buyers who type a lot. */
export const gridTheme = themeQuartz.withParams({
  accentColor: 'var(--mantine-primary-color-filled)',
  fontFamily: 'inherit',
  fontSize: 13,
  rowHeight: 32,
  headerHeight: 34,
  borderRadius: 4,
  wrapperBorderRadius: 4,
});

provideGlobalGridOptions({ theme: gridTheme });

export { AgGridReact } from 'ag-grid-react';
export type { ColDef, GridOptions, IDatasource, IGetRowsParams } from 'ag-grid-community';
