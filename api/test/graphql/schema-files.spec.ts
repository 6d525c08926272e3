import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from '../helpers/test-app';

/** The committed SDL (shared/graphql) is what the SPAs generate their types from: it must match the code. */
describe('committed GraphQL schema files', () => {
  it('equal what the code produces (run `pnpm codegen` after changing the API)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wholesail-sdl-'));
    process.env.SCHEMA_OUTPUT_DIR = dir;
    const t = await createTestApp();
    delete process.env.SCHEMA_OUTPUT_DIR;
    try {
      for (const surface of ['shop', 'admin']) {
        const generated = readFileSync(join(dir, `${surface}.graphql`), 'utf8');
        const committed = readFileSync(
          join(__dirname, '..', '..', '..', 'shared', 'graphql', `${surface}.graphql`),
          'utf8',
        );
        expect({ surface, sdl: committed }).toEqual({ surface, sdl: generated });
      }
    } finally {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
