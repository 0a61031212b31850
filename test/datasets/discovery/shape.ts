import type { DatabaseShape } from "../../../src/datasets/discovery/model.js";
import { profileValues } from "../../../src/datasets/discovery/profile.js";
import type { Profiles } from "../../../src/datasets/discovery/sample.js";

/**
 * A database structure in memory, with counted content for a few columns: the classification,
 * proposal and drift tests run on it without a server.
 */
export const SHAPE: DatabaseShape = {
  dialect: "postgres",
  schema: "public",
  tables: [
    {
      name: "accounts",
      columns: [
        { name: "id", type: "int4", nullable: false },
        { name: "email", type: "varchar", nullable: false },
        { name: "full_name", type: "varchar", nullable: false },
        { name: "iban", type: "varchar", nullable: true },
      ],
      primaryKey: ["id"],
      foreignKeys: [],
    },
    {
      name: "audit-log",
      columns: [
        { name: "id", type: "int8", nullable: false },
        { name: "account_id", type: "int4", nullable: false },
        { name: "ip", type: "inet", nullable: true },
        { name: "created_at", type: "timestamptz", nullable: false },
      ],
      primaryKey: ["id"],
      foreignKeys: [{ columns: ["account_id"], parentTable: "accounts", parentColumns: ["id"] }],
    },
    {
      name: "memberships",
      columns: [
        { name: "account_id", type: "int4", nullable: false },
        { name: "team_id", type: "int4", nullable: false },
        { name: "phone", type: "varchar", nullable: true },
      ],
      primaryKey: ["account_id", "team_id"],
      foreignKeys: [
        { columns: ["account_id"], parentTable: "accounts", parentColumns: ["id"] },
        { columns: ["team_id"], parentTable: "teams", parentColumns: ["id"] },
      ],
    },
    {
      name: "teams",
      columns: [
        { name: "id", type: "int4", nullable: false },
        { name: "title", type: "varchar", nullable: false },
      ],
      primaryKey: ["id"],
      foreignKeys: [],
    },
    {
      name: "shipments",
      columns: [
        { name: "code", type: "varchar", nullable: false },
        { name: "account_id", type: "int4", nullable: true },
        { name: "account_team", type: "int4", nullable: true },
        { name: "postcode", type: "varchar", nullable: true },
      ],
      primaryKey: [],
      foreignKeys: [
        {
          columns: ["account_id", "account_team"],
          parentTable: "memberships",
          parentColumns: ["account_id", "team_id"],
        },
      ],
    },
  ],
};

const TODAY = new Date(Date.UTC(2026, 0, 15));

export const PROFILES: Profiles = new Map([
  [
    "accounts",
    new Map([
      // The column named iban holds phone numbers.
      [
        "iban",
        profileValues(
          Array.from({ length: 10 }, (_, i) => `0612345${100 + i}`),
          TODAY,
        ),
      ],
      [
        "email",
        profileValues(
          Array.from({ length: 10 }, (_, i) => `a${i}@example.nl`),
          TODAY,
        ),
      ],
    ]),
  ],
]);

const column = (name: string, type = "varchar", nullable = true) => ({ name, type, nullable });

/** The music-store sample's structure: customers and employees reference each other (see people-fixture). */
export const MUSIC_SHAPE: DatabaseShape = {
  dialect: "postgres",
  schema: "public",
  tables: [
    {
      name: "customer",
      columns: [
        column("customer_id", "int4", false),
        column("first_name"),
        column("last_name"),
        column("email"),
        column("phone"),
        column("support_rep_id", "int4"),
      ],
      primaryKey: ["customer_id"],
      foreignKeys: [{ columns: ["support_rep_id"], parentTable: "employee", parentColumns: ["employee_id"] }],
    },
    {
      name: "employee",
      columns: [
        column("employee_id", "int4", false),
        column("first_name"),
        column("last_name"),
        column("email"),
        column("reports_to", "int4"),
      ],
      primaryKey: ["employee_id"],
      foreignKeys: [{ columns: ["reports_to"], parentTable: "employee", parentColumns: ["employee_id"] }],
    },
    {
      name: "invoice",
      columns: [
        column("invoice_id", "int4", false),
        column("customer_id", "int4", false),
        column("invoice_date", "date"),
        column("billing_address"),
      ],
      primaryKey: ["invoice_id"],
      foreignKeys: [{ columns: ["customer_id"], parentTable: "customer", parentColumns: ["customer_id"] }],
    },
    {
      name: "invoice_line",
      columns: [
        column("invoice_line_id", "int4", false),
        column("invoice_id", "int4", false),
        column("track_id", "int4", false),
        column("unit_price", "numeric", false),
      ],
      primaryKey: ["invoice_line_id"],
      foreignKeys: [{ columns: ["invoice_id"], parentTable: "invoice", parentColumns: ["invoice_id"] }],
    },
  ],
};

export const MUSIC_PROFILES: Profiles = new Map([
  ["customer", new Map([["email", profileValues(["a@x.example", "b@x.example"], TODAY)]])],
  ["employee", new Map([["email", profileValues(["c@music.example", "d@music.example"], TODAY)]])],
]);
