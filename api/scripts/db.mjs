// `pnpm db:migrate` applies pending migrations; `pnpm db:reset` drops everything, migrates and loads demo data.
import { openDatabase, requireDist } from './lib/database.mjs';

const command = process.argv[2];
if (!['migrate', 'reset'].includes(command)) {
  console.error('Usage: db.mjs migrate|reset');
  process.exit(2);
}
const db = await openDatabase();
let code = 0;
try {
  const { createDataSource, migrateWithLock, resetSchema } = await requireDist('database/data-source.js');
  const ds = await createDataSource({ url: db.url, poolSize: 2 }).initialize();
  try {
    if (command === 'reset') {
      await resetSchema(ds);
      console.log('Dropped all tables.');
    }
    const applied = await migrateWithLock(ds);
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'No pending migrations.',
    );
    if (command === 'reset') {
      const { seedDatabase } = await requireDist('database/seed/seed.js');
      const logins = await seedDatabase(ds, 'demo');
      console.log(`Loaded demo data (${logins.length} logins).`);
    }
  } finally {
    await ds.destroy();
  }
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await db.stop();
}
process.exit(code);
