import { type Correction, rectify, restrict, walkRows } from "../../datasets/index.js";
import type { RequestRow } from "../../store/index.js";
import type { ServiceContext } from "../../context/index.js";
import type { Outcome } from "./outcome.js";
import { withRequestSession } from "./session.js";

/** Rectification (Art. 16): the corrections the person gave, validated per data category, written where found. */
export async function runRectification(ctx: ServiceContext, row: RequestRow): Promise<Outcome> {
  const result = await withRequestSession(ctx, row, async (s, sealed) => {
    const given = (sealed.details.corrections ?? []) as { field: string; value: string }[];
    const corrections: Correction[] = given.map(({ field, value }) => {
      const dot = field.indexOf(".");
      return dot > 0 ? { collection: field.slice(0, dot), field: field.slice(dot + 1), value } : { field, value };
    });
    const found = await walkRows(s.graph, s.connections, s.identities);
    return rectify(s.graph, s.connections, found, corrections);
  });
  const rows = result.collections.reduce((sum, c) => sum + c.rows, 0);
  return {
    event: "complete",
    // Field names and counts only: the corrected values stay in the encrypted part of the request.
    data: { changed: rows > 0, collections: result.collections },
    audit: { rows },
  };
}

/** Restriction (Art. 18): every row found is marked restricted the way the register declares. */
export async function runRestriction(ctx: ServiceContext, row: RequestRow): Promise<Outcome> {
  const now = ctx.now();
  const result = await withRequestSession(ctx, row, async (s) => {
    const found = await walkRows(s.graph, s.connections, s.identities);
    return restrict(s.graph, s.connections, found, { now });
  });
  const rows = result.collections.reduce((sum, c) => sum + c.rows, 0);
  const unmarked = result.collections.filter((c) => c.marker === null).map((c) => c.collection);
  return {
    // Rows in a collection without a restriction marker could not be restricted: say so.
    event: unmarked.length > 0 ? "complete_partially" : "complete",
    data: { changed: rows > 0, collections: result.collections, ...(unmarked.length ? { unmarked } : {}) },
    audit: { rows },
  };
}

/**
 * Objection (Art. 21) and withdrawal of consent (Art. 7(3)): recorded and confirmed. What stops is
 * processing, which the company's own systems carry out; the register names no dataset operation for it.
 */
export async function runRecorded(_ctx: ServiceContext, row: RequestRow): Promise<Outcome> {
  const details = JSON.parse(row.details) as Record<string, unknown>;
  return { event: "complete", data: { changed: false, recorded: details }, audit: {} };
}
