import { type RawBuilder, sql } from 'kysely';
import pg from 'pg';

const marker = '/* prepared */';

/**
 * Marks a statement that a connection prepares once and then only binds and executes: Postgres then skips parsing
 * and planning it on every call, which for a large statement on a hot path is most of its cost. Only for statements
 * whose text never varies (values go in as parameters; each distinct text stays prepared on every connection), and
 * that name their result columns (no `*`: a later migration would change the prepared result type).
 */
export function prepared<Row>(statement: RawBuilder<Row>): RawBuilder<Row> {
  return sql<Row>`${sql.raw(marker)} ${statement}`;
}

/** pg's client, sending the statements marked by `prepared` as named statements (kysely sends only text). */
export class PreparingClient extends pg.Client {
  /**
   * One name per distinct marked text, shared by every connection of the process: pg refuses a name reused for
   * another text on one connection. Bounded by the number of marked statements in the code.
   */
  static readonly statementNames = new Map<string, string>();

  static nameOf(text: string): string {
    let name = PreparingClient.statementNames.get(text);
    if (name === undefined) {
      name = `calbridge_${PreparingClient.statementNames.size + 1}`;
      PreparingClient.statementNames.set(text, name);
    }
    return name;
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; only the text form is changed
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && config.startsWith(marker)) {
      const named = { name: PreparingClient.nameOf(config), text: config, values };
      return callback === undefined ? super.query(named) : super.query(named, callback);
    }
    return super.query(config, values, callback);
  }
}
