import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

export interface FreshSchema {
  readonly schema: string;
  /** Drops the schema with everything in it and closes the connection. */
  readonly drop: () => Promise<void>;
}

/**
 * A schema of its own under a random name, so that parallel test workers,
 * benchmark contenders and reruns never see each other's tables.
 */
export const createFreshSchema = async (connectionString: string, prefix: string): Promise<FreshSchema> => {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const pool = new Pool({ connectionString, max: 1 });
  await pool.query(`CREATE SCHEMA ${schema}`);
  return {
    schema,
    drop: async () => {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    },
  };
};
