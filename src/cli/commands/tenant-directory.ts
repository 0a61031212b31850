import type { Command } from "@commander-js/extra-typings";
import {
  listTenants,
  setTenant,
  tenantCallbackSecret,
  TenantDirectoryError,
  type TenantEntry,
} from "../../tenants/index.js";
import { oneOf, UsageError } from "../io.js";
import { addStoreOptions } from "./migrate.js";
import { withStore } from "./users.js";

/** The options of the directory's fields, where the two names differ. */
const OPTION_OF: Record<string, string> = { callbackUrl: "callback-url" };

/** A refused change names the option at fault, never the value given. */
function asUsage(error: unknown): never {
  if (error instanceof TenantDirectoryError) {
    const field = error.field ?? "key";
    throw new UsageError(`--${OPTION_OF[field] ?? field}: ${error.message}`);
  }
  throw error;
}

function line(entry: TenantEntry): string {
  return [entry.key, entry.name, entry.email ?? "-", entry.url ?? "-", entry.callbackUrl ?? "-", entry.updatedAt].join(
    "\t",
  );
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
      .option("--url <url>", "the customer's privacy page (https://)")
      .option(
        "--callback-url <url>",
        "where the customer is told, by a signed POST, that one of its requests moved (https://); an empty value stops the callbacks",
      ),
  ).action(async (key, opts) => {
    await withStore(opts, async (store) => {
      const change = {
        ...(opts.name === undefined ? {} : { name: opts.name }),
        ...(opts.email === undefined ? {} : { email: opts.email }),
        ...(opts.url === undefined ? {} : { url: opts.url }),
        ...(opts.callbackUrl === undefined
          ? {}
          : { callbackUrl: opts.callbackUrl.trim() === "" ? null : opts.callbackUrl }),
      };
      const entry = await setTenant({ store, now: () => new Date() }, key, change, "operator").catch(asUsage);
      process.stdout.write(`${line(entry)}\n`);
    });
  });

  addStoreOptions(
    tenant
      .command("list")
      .description("the tenants directory: key, name, privacy e-mail, privacy page, callback URL, last change")
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

  tenant
    .command("secret <tenant-key>")
    .description(
      "the secret a tenant's callbacks are signed with, derived from WAARBORG_TENANT_CALLBACK_KEY and the key: hand it to the customer; changing the server key rotates every tenant's secret",
    )
    .action((key) => {
      try {
        process.stdout.write(`${tenantCallbackSecret(process.env, key.trim())}\n`);
      } catch (error) {
        if (error instanceof TenantDirectoryError) throw new UsageError(error.message);
        throw error;
      }
    });
}
