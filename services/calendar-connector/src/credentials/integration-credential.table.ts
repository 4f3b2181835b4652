import type { ColumnType } from 'kysely';

export interface IntegrationCredentialTable {
  integration_id: string;
  key_id: string;
  sealed: Buffer;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
