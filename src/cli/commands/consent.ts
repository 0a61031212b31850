import type { Command } from "@commander-js/extra-typings";
import {
  ConsentNotFoundError,
  consentProof,
  describeConsentProblem,
  sealAll,
  verifyConsent,
} from "../../consent/index.js";
import { openStore, type Store, type StoreUrlOptions } from "../../store/index.js";
import { emit } from "../io.js";
import { addStoreOptions, storeUrlFrom } from "./migrate.js";

async function withStore<T>(opts: StoreUrlOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ url: storeUrlFrom(opts) });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const now = () => new Date();

export function registerConsent(program: Command, setExit: (code: number) => void): void {
  const consent = program.command("consent").description("the consent records the banner keeps as proof");

  addStoreOptions(
    consent
      .command("verify")
      .description(
        "check every consent record, batch and segment against its hashes and the audit log; exit 1 on any problem",
      ),
  ).action(async (opts) => {
    const result = await withStore(opts, verifyConsent);
    if (result.ok) {
      process.stdout.write(`consent records intact: ${result.records} records\n`);
      return;
    }
    for (const problem of result.problems) process.stderr.write(`${describeConsentProblem(problem)}\n`);
    process.stderr.write(`consent records NOT intact: ${result.problems.length} problem(s)\n`);
    setExit(1);
  });

  addStoreOptions(
    consent
      .command("seal")
      .description("seal the records not sealed yet into the audit log now (the service does so every few seconds)"),
  ).action(async (opts) => {
    const segments = await withStore(opts, (store) => sealAll({ store, now }));
    const records = segments.reduce((sum, s) => sum + s.records, 0);
    process.stdout.write(`sealed ${records} record(s) in ${segments.length} segment(s)\n`);
  });

  addStoreOptions(
    consent
      .command("proof")
      .description("the proof of consent for one consent id as JSON: every decision, what was shown, the seals")
      .argument("<consent-id>", "the id from the banner's cookie or its settings")
      .option("-o, --out <file>", "write to a file instead of stdout"),
  ).action(async (consentId, opts) => {
    try {
      const proof = await withStore(opts, (store) => consentProof({ store, now }, consentId.trim().toLowerCase()));
      await emit(`${JSON.stringify(proof, null, 2)}\n`, opts.out);
      if (!proof.intact) setExit(1);
    } catch (error) {
      if (!(error instanceof ConsentNotFoundError)) throw error;
      process.stderr.write("waarborg: no consent record with this id\n");
      setExit(1);
    }
  });
}
