import { type Kysely, type QueryExecutorProvider, sql } from 'kysely'

/**
 * Migration 0022 (PostgreSQL only): `mentions` and `mention_queries` become tables range-partitioned by month
 * on `created_at` (epoch milliseconds, months in UTC), one partition per month named `<table>_YYYY_MM` and a
 * `<table>_default` partition for any month not created yet. Every row is copied over and every index the
 * earlier migrations made is made again, as a partitioned index.
 *
 * A unique index on a partitioned table must include the partition key, so (workspace_id, id) alone can no
 * longer be one: `mention_ids` (not partitioned) keeps that key, filled by a BEFORE INSERT trigger that skips
 * the mention (returns no row, as ON CONFLICT DO NOTHING would) when the id is already stored, whatever its
 * month, and emptied by an AFTER DELETE trigger. `seq` loses its identity (PostgreSQL 15 has none on
 * partitioned tables) for a sequence default. The per-query rows' foreign key gains `created_at` (a per-query
 * row has its mention's time). Frozen like every shipped migration.
 */

type Table = 'mentions' | 'mention_queries'
const TABLES: readonly Table[] = ['mentions', 'mention_queries']
const OLD = '_0021'
const MONTH_MS_SQL = `date_trunc('month', to_timestamp(created_at / 1000.0) at time zone 'UTC')`

export const partitionMentions = async (db: Kysely<unknown>) => {
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s
  // the indexes that back no constraint, as they are defined today, to make again on the new tables
  const { rows: indexes } = await sql<{ table: Table; name: string; definition: string }>`
    select i.tablename as table, i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = ${schema} and i.tablename in ('mentions', 'mention_queries')
      and not exists (select 1 from pg_constraint c
        where c.connamespace = ${schema}::regnamespace and c.conname = i.indexname)
    order by i.indexname`.execute(db)
  await sql`alter table mention_queries drop constraint mention_queries_mention`.execute(db)
  for (const table of TABLES)
    await sql`alter table ${sql.id(table)} rename to ${sql.id(table + OLD)}`.execute(db)
  await sql`alter table ${sql.id(`mentions${OLD}`)} rename constraint mentions_pkey to ${sql.id(`mentions_pkey${OLD}`)}`.execute(
    db,
  )
  await sql`alter table ${sql.id(`mentions${OLD}`)} rename constraint mentions_identity to ${sql.id(`mentions_identity${OLD}`)}`.execute(
    db,
  )
  await sql`alter table ${sql.id(`mention_queries${OLD}`)} rename constraint mention_queries_pk to ${sql.id(`mention_queries_pk${OLD}`)}`.execute(
    db,
  )
  for (const index of indexes)
    await sql`alter index ${sql.id(index.name)} rename to ${sql.id(index.name + OLD)}`.execute(db)

  for (const table of TABLES) {
    await sql`create table ${sql.id(table)} (like ${sql.id(table + OLD)}
      including defaults including generated including constraints including storage including comments)
      partition by range (created_at)`.execute(db)
    await sql`create table ${sql.id(`${table}_default`)} partition of ${sql.id(table)} default`.execute(db)
  }
  const { rows: months } = await sql<{ year: number; month: number }>`
    select distinct extract(year from m)::int as year, extract(month from m)::int as month
    from (select ${sql.raw(MONTH_MS_SQL)} as m from ${sql.id(`mentions${OLD}`)}
      union select ${sql.raw(MONTH_MS_SQL)} from ${sql.id(`mention_queries${OLD}`)}) as months
    order by year, month`.execute(db)
  for (const { year, month } of months)
    if (year >= 1 && year <= 9999) await createMonthPartitions(db, year, month - 1)

  for (const table of TABLES) {
    const { rows } = await sql<{ name: string }>`select column_name as name from information_schema.columns
      where table_schema = ${schema} and table_name = ${table} and is_generated = 'NEVER'
      order by ordinal_position`.execute(db)
    const columns = sql.join(rows.map((r) => sql.id(r.name)))
    await sql`insert into ${sql.id(table)} (${columns}) select ${columns} from ${sql.id(table + OLD)}`.execute(
      db,
    )
  }

  await sql`alter table mentions add constraint mentions_identity primary key (workspace_id, id, created_at)`.execute(
    db,
  )
  await sql`alter table mention_queries add constraint mention_queries_pk
    primary key (workspace_id, query_id, created_at, mention_id)`.execute(db)
  for (const index of indexes) {
    const on = ` ON ${schema}.${index.table} USING `
    if (!index.definition.includes(on)) throw new Error(`unexpected index definition: ${index.definition}`)
    await sql.raw(index.definition.replace(on, ` ON ${index.table} USING `)).execute(db)
  }
  await sql`alter table mention_queries add constraint mention_queries_mention
    foreign key (workspace_id, mention_id, created_at) references mentions (workspace_id, id, created_at)
    on delete cascade`.execute(db)

  // numbers for new mentions continue after the copied ones
  await sql`create sequence mentions_seq owned by mentions.seq`.execute(db)
  await sql`select setval('mentions_seq', coalesce((select max(seq) from mentions), 0) + 1, false)`.execute(
    db,
  )
  await sql`alter table mentions alter column seq set default nextval('mentions_seq')`.execute(db)

  // one row per stored mention, whatever its month: the key partitions cannot keep unique
  await sql`create table mention_ids (workspace_id text collate "C" not null, id text collate "C" not null,
    constraint mention_ids_pk primary key (workspace_id, id))`.execute(db)
  await sql`insert into mention_ids (workspace_id, id) select workspace_id, id from mentions`.execute(db)
  await sql`create function vigie_claim_mention_id() returns trigger language plpgsql as $$
    begin
      insert into mention_ids (workspace_id, id) values (new.workspace_id, new.id) on conflict do nothing;
      if found then return new; end if;
      return null;
    end $$`.execute(db)
  await sql`create trigger mentions_claim_id before insert on mentions
    for each row execute function vigie_claim_mention_id()`.execute(db)
  await sql`create function vigie_release_mention_ids() returns trigger language plpgsql as $$
    begin
      delete from mention_ids i using deleted d where i.workspace_id = d.workspace_id and i.id = d.id;
      return null;
    end $$`.execute(db)
  await sql`create trigger mentions_release_ids after delete on mentions
    referencing old table as deleted for each statement execute function vigie_release_mention_ids()`.execute(
    db,
  )

  for (const table of ['mention_queries', 'mentions'])
    await sql`drop table ${sql.id(table + OLD)}`.execute(db)
  for (const table of TABLES) await sql`analyze ${sql.id(table)}`.execute(db)
}

/** `mentions_2026_12`: the partition of a month (0-based month, UTC) of a table. */
export const monthPartitionName = (table: Table, year: number, month: number) =>
  `${table}_${String(year).padStart(4, '0')}_${String(month + 1).padStart(2, '0')}`

/**
 * Creates the month's partition of both tables unless it exists. Fails (check_violation, 23514) when the
 * default partition already holds rows of that month: those stay there, still found by every query.
 */
export const createMonthPartitions = async (db: QueryExecutorProvider, year: number, month: number) => {
  const from = Date.UTC(year, month, 1)
  const to = Date.UTC(year, month + 1, 1)
  for (const table of TABLES)
    await sql`create table if not exists ${sql.id(monthPartitionName(table, year, month))}
      partition of ${sql.id(table)} for values from (${sql.lit(from)}) to (${sql.lit(to)})`.execute(db)
}
