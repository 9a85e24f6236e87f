/** The part of a pg client or pool this needs. */
interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * Creates a schema if it is missing, inside the caller's transaction. The event
 * store and the read database may start together on one new schema, and
 * `CREATE SCHEMA IF NOT EXISTS` from two sessions at once can still fail on the
 * catalog's unique key; a transaction-scoped advisory lock per schema makes the
 * second wait for the first and then find it there.
 */
export const createSchemaWithin = async (transaction: Queryable, schema: string): Promise<void> => {
  await transaction.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sijill.schema:${schema}`]);
  await transaction.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replaceAll('"', '""')}"`);
};
