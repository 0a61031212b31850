import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "@commander-js/extra-typings";
import { auditJsonLines, describeProblem, verifyStoredAudit } from "../../audit/index.js";
import { openStore, type Store, type StoreUrlOptions } from "../../store/index.js";
import { addStoreOptions, storeUrlFrom } from "./migrate.js";

async function withStore<T>(opts: StoreUrlOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ url: storeUrlFrom(opts) });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerAudit(program: Command, setExit: (code: number) => void): void {
  const audit = program.command("audit").description("check and export the service's tamper-evident audit log");

  addStoreOptions(
    audit
      .command("verify")
      .description("check every entry of the audit log; exit 1 naming each changed, removed or reordered entry"),
  ).action(async (opts) => {
    const result = await withStore(opts, verifyStoredAudit);
    const head = result.head ? `; last entry ${result.head.seq}, hash ${result.head.hash}` : "";
    if (result.ok) {
      process.stdout.write(`audit log intact: ${result.checked} entries${head}\n`);
      return;
    }
    for (const problem of result.problems) process.stderr.write(`${describeProblem(problem)}\n`);
    process.stderr.write(`audit log NOT intact: ${result.problems.length} problem(s) in ${result.checked} entries\n`);
    setExit(1);
  });

  addStoreOptions(
    audit
      .command("export")
      .description("write the audit log as JSON lines, one entry per line in order")
      .option("-o, --out <file>", "write to a file instead of stdout"),
  ).action(async (opts) => {
    await withStore(opts, async (store) => {
      // Streamed line by line: an audit log of years does not have to fit in memory.
      const file = opts.out ? await openOut(opts.out) : undefined;
      try {
        for await (const line of auditJsonLines(store)) {
          if (file) await file.write(line);
          else process.stdout.write(line);
        }
      } finally {
        await file?.close();
      }
    });
  });
}

async function openOut(path: string) {
  await mkdir(dirname(path), { recursive: true });
  return open(path, "w");
}
