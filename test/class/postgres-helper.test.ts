import { afterAll, beforeAll, expect, test } from '@jest/globals';
import pg from 'pg';
import { describeWithPostgres, startPostgres, type PgServer } from '../helpers/postgres.js';

describeWithPostgres('a private PostgreSQL for the class tests', () => {
  let server: PgServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  test('answers on loopback with the superuser password and refuses a wrong one', async () => {
    const client = new pg.Client({ connectionString: server.url() });
    await client.connect();
    const r = await client.query('SELECT current_user AS u, inet_server_addr()::text AS addr');
    await client.end();
    expect(r.rows[0]).toEqual({ u: 'postgres', addr: '127.0.0.1/32' });
    const wrong = new pg.Client({ connectionString: server.url('postgres', 'postgres', 'not-it') });
    await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
  });
});
