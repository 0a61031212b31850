import { describe } from "vitest";
import { type Patch, ruleCases } from "../helpers.js";

/** The base register's orders, kept in a table the register declares. */
const ordersTable = (retention: unknown): Patch =>
  ({
    datasets: {
      connections: { shop: { url_env: "SHOP_DATABASE_URL" } },
      collections: { orders: { connection: "shop", table: "orders", retention } },
    },
  }) as Patch;

describe("retention enforcement", () => {
  ruleCases([
    {
      name: "a promised period no collection enforces and nothing else is said to",
      rule: "retention-not-enforced",
      severity: "warning",
      patch: { retention: { orders: { enforced_elsewhere: undefined } } },
      at: ["retention: orders", "^orders:"],
      fixed: {
        retention: { orders: { enforced_elsewhere: undefined } },
        ...ordersTable({ rule: "orders", since: "delivered_at" }),
      },
      fixedName: "a collection names the rule",
    },
    {
      name: "a collection naming its rule without the column the period counts from",
      rule: "retention-unsweepable",
      severity: "warning",
      patch: ordersTable("orders"),
      at: ["collections:", "retention: ^orders"],
      fixed: ordersTable({ rule: "orders", since: "delivered_at" }),
    },
  ]);
});
