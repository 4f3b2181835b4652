import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rooms')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('partner_id', 'uuid', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('timezone', 'text', (col) => col.notNull())
    .addColumn('version', 'integer')
    .execute();
  await db.schema
    .createTable('room_schedules')
    .addColumn('room_id', 'text', (col) => col.primaryKey())
    .addColumn('timezone', 'text')
    .addColumn('weekly', 'jsonb', (col) => col.notNull())
    .addColumn('slot_minutes', 'integer', (col) => col.notNull())
    .addColumn('every_minutes', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('room_block_rules')
    .addColumn('room_id', 'text', (col) => col.primaryKey())
    .addColumn('timed', 'text', (col) => col.notNull())
    .addColumn('all_day', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('bookings')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('partner_id', 'uuid', (col) => col.notNull())
    .addColumn('room_id', 'text', (col) => col.notNull())
    .addColumn('start_at', 'timestamptz', (col) => col.notNull())
    .addColumn('end_at', 'timestamptz', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('bookings_room_start').on('bookings').columns(['room_id', 'start_at']).execute();
  // Availability windows look forward: rows ending after the window's start, so past rows are never scanned.
  await db.schema
    .createIndex('bookings_room_end_active')
    .on('bookings')
    .columns(['room_id', 'end_at'])
    .where(sql.ref('status'), '<>', 'cancelled')
    .execute();
  await db.schema
    .createTable('blocks')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('partner_id', 'uuid', (col) => col.notNull())
    .addColumn('room_id', 'text', (col) => col.notNull())
    .addColumn('integration_id', 'text', (col) => col.notNull())
    .addColumn('calendar_id', 'text', (col) => col.notNull())
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('event', 'jsonb', (col) => col.notNull())
    .addColumn('linked', 'boolean', (col) => col.notNull())
    .addColumn('active', 'boolean', (col) => col.notNull())
    .addColumn('start_at', 'timestamptz')
    .addColumn('end_at', 'timestamptz')
    .addColumn('all_day', 'boolean', (col) => col.notNull())
    .addColumn('release_reason', 'text')
    .addColumn('overridden', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('changed_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('blocks_room_start').on('blocks').columns(['room_id', 'start_at']).execute();
  await db.schema
    .createIndex('blocks_room_end_active')
    .on('blocks')
    .columns(['room_id', 'end_at'])
    .where(sql.ref('active'), '=', true)
    .execute();
  await db.schema.createIndex('blocks_event').on('blocks').columns(['calendar_id', 'event_id']).execute();
  await db.schema
    .createTable('block_conflicts')
    .addColumn('booking_id', 'text', (col) => col.notNull())
    .addColumn('block_id', 'text', (col) => col.notNull())
    .addColumn('detected_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('block_conflicts_pkey', ['booking_id', 'block_id'])
    .execute();
}
