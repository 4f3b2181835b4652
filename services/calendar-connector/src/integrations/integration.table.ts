import type { ColumnType, Generated } from 'kysely';

export type IntegrationMode = 'bidirectional' | 'to_calendar' | 'from_calendar';
export type DataScope = 'full' | 'no_contact' | 'name_only';
export type IntegrationAuth = 'oauth' | 'service_account';
export type IntegrationStatus = 'draft' | 'authorized' | 'active' | 'inactive' | 'needs_reauth' | 'error';

export interface IntegrationTable {
  id: string;
  partner_id: string;
  name: string;
  mode: IntegrationMode;
  data_scope: DataScope;
  auth: IntegrationAuth;
  status: ColumnType<IntegrationStatus, IntegrationStatus | undefined, IntegrationStatus>;
  reason: string | null;
  google_account: string | null;
  granted_scopes: ColumnType<string[], string[] | undefined, string[]>;
  /** The partner asked for it to be active (activate) and has not deactivated it since. */
  activated: ColumnType<boolean, boolean | undefined, boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
