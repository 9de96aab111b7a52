import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type * as schema from "./schema";

/** The drizzle database every service receives; the client behind it is embedded (file:)
 *  on Node or a libSQL server over HTTP on Workers. */
export type Database = LibSQLDatabase<typeof schema>;
