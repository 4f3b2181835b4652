import pg from 'pg';

/**
 * Creates the databases that do not exist yet on the server `serverUrl` points at (any database on it, as a role
 * allowed to create databases). Safe to run on every start. Resolves to the names it created.
 */
export async function createDatabases(serverUrl: string, names: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database');
    const existing = new Set(rows.map((row) => row.datname));
    const missing = names.filter((name) => !existing.has(name));
    for (const name of missing) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return missing;
  } finally {
    await client.end();
  }
}
