import type { Command } from "@commander-js/extra-typings";
import { listTenants, setTenant, TenantDirectoryError, type TenantEntry } from "../../tenants/index.js";
import { oneOf, UsageError } from "../io.js";
import { addStoreOptions } from "./migrate.js";
import { withStore } from "./users.js";

/** A refused change names the option at fault, never the value given. */
function asUsage(error: unknown): never {
  if (error instanceof TenantDirectoryError) throw new UsageError(`--${error.field ?? "key"}: ${error.message}`);
  throw error;
}

function line(entry: TenantEntry): string {
  return [entry.key, entry.name, entry.email ?? "-", entry.url ?? "-", entry.updatedAt].join("\t");
}

/** `tenant set` and `tenant list`: the directory a person is referred from (see src/tenants). */
export function registerTenantDirectory(tenant: Command): void {
  addStoreOptions(
    tenant
      .command("set <tenant-key>")
      .description(
        "record a tenant's name and privacy contact, which a person is referred to for data the company processes for it; options left out keep what is recorded",
      )
      .option("--name <name>", "the customer's name as its end users know it")
      .option("--email <address>", "where the customer takes privacy requests by e-mail")
      .option("--url <url>", "the customer's privacy page (https://)"),
  ).action(async (key, opts) => {
    await withStore(opts, async (store) => {
      const change = {
        ...(opts.name === undefined ? {} : { name: opts.name }),
        ...(opts.email === undefined ? {} : { email: opts.email }),
        ...(opts.url === undefined ? {} : { url: opts.url }),
      };
      const entry = await setTenant({ store, now: () => new Date() }, key, change, "operator").catch(asUsage);
      process.stdout.write(`${line(entry)}\n`);
    });
  });

  addStoreOptions(
    tenant
      .command("list")
      .description("the tenants directory: key, name, privacy e-mail, privacy page, last change")
      .option("--format <format>", "text or json", "text"),
  ).action(async (opts) => {
    const format = oneOf(opts.format, ["text", "json"] as const, "--format");
    await withStore(opts, async (store) => {
      const entries = await listTenants({ store });
      process.stdout.write(
        format === "json"
          ? `${JSON.stringify({ tenants: entries }, null, 2)}\n`
          : entries.map((e) => `${line(e)}\n`).join(""),
      );
    });
  });
}
