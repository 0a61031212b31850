import {
  DummyDriver,
  Kysely,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import type { Connector } from "./connector.js";
import type { Dialect } from "./dialect.js";
import { databaseDialect } from "./open.js";

const PARTS = {
  postgres: [PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler],
  mysql: [MysqlAdapter, MysqlIntrospector, MysqlQueryCompiler],
  sqlite: [SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler],
} as const;

/**
 * A connector that compiles queries in a dialect without a database behind it: `plan` shows the
 * exact SQL it would run even where the database URL is not available.
 */
export function compileOnlyConnector(dialect: Dialect): Connector {
  const [Adapter, Introspector, Compiler] = PARTS[dialect];
  const db = new Kysely({
    dialect: {
      createAdapter: () => new Adapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new Introspector(k),
      createQueryCompiler: () => new Compiler(),
    },
  });
  return { dialect: databaseDialect(dialect), db, close: () => db.destroy() };
}
