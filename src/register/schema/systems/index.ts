import { z } from "zod";
import { HttpSystem } from "./http.js";

/**
 * A system the request engine reaches other than through a database connection, told apart by its
 * `kind`: each kind has a schema file of its own beside this one.
 */
export const System = z.discriminatedUnion("kind", [HttpSystem]);
export type System = z.output<typeof System>;
