import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "@commander-js/extra-typings";
import {
  auditJsonLines,
  type CheckpointCheck,
  describeCheckpointProblem,
  describeProblem,
  GENESIS,
  signCheckpoint,
  verifyStoredAudit,
} from "../../audit/index.js";
import { openStore, type Store, type StoreUrlOptions } from "../../store/index.js";
import { emit } from "../io.js";
import { readCheckpoint, registerAuditKeygen, signingKey, verifyingKey } from "./audit-checkpoint.js";
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
      .description(
        "check every entry of the audit log; exit 1 naming each changed, removed or reordered entry, and with --checkpoint a cut-off tail or a recomputed chain",
      )
      .option("--checkpoint <file>", "a signed checkpoint (`waarborg audit checkpoint`) the log must still contain")
      .option("--public-key <file>", "the key the checkpoint is checked with (default $WAARBORG_AUDIT_PUBLIC_KEY)"),
  ).action(async (opts) => {
    // The checkpoint and its key are read before the store is opened: a wrong file is a usage error.
    const against: CheckpointCheck | undefined = opts.checkpoint
      ? { checkpoint: readCheckpoint(opts.checkpoint), publicKey: verifyingKey(opts.publicKey) }
      : undefined;
    const result = await withStore(opts, (store) => verifyStoredAudit(store, against));
    const head = result.head ? `; last entry ${result.head.seq}, hash ${result.head.hash}` : "";
    if (result.ok) {
      const signed = against ? `; contains the checkpoint signed at entry ${against.checkpoint.seq}` : "";
      process.stdout.write(`audit log intact: ${result.checked} entries${head}${signed}\n`);
      return;
    }
    for (const problem of result.problems) process.stderr.write(`${describeProblem(problem)}\n`);
    for (const problem of result.checkpointProblems) process.stderr.write(`${describeCheckpointProblem(problem)}\n`);
    const count = result.problems.length + result.checkpointProblems.length;
    process.stderr.write(`audit log NOT intact: ${count} problem(s) in ${result.checked} entries\n`);
    setExit(1);
  });

  addStoreOptions(
    audit
      .command("checkpoint")
      .description(
        "sign the audit log's head with a key kept outside the store, after checking the log; keep the output elsewhere",
      )
      .option("--key <file>", "the signing key (`waarborg audit keygen`; default $WAARBORG_AUDIT_SIGNING_KEY)")
      .option("-o, --out <file>", "write the checkpoint to a file instead of stdout"),
  ).action(async (opts) => {
    const key = signingKey(opts.key);
    const result = await withStore(opts, (store) => verifyStoredAudit(store));
    if (!result.ok) {
      // Signing a damaged log would vouch for the damage.
      for (const problem of result.problems) process.stderr.write(`${describeProblem(problem)}\n`);
      process.stderr.write("audit log NOT intact: no checkpoint signed\n");
      return setExit(1);
    }
    const checkpoint = signCheckpoint(result.head ?? { seq: 0, hash: GENESIS }, key, new Date());
    await emit(`${JSON.stringify(checkpoint)}\n`, opts.out);
    if (opts.out) process.stdout.write(`signed the head at entry ${checkpoint.seq} into ${opts.out}\n`);
  });

  registerAuditKeygen(audit);

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
