import { readFile } from "node:fs/promises";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { memoryReader } from "../helpers/memory.js";

export const DEMO_PATH = new URL("../../examples/demo/privacy.yaml", import.meta.url).pathname;

/** The demo register includes its database description; the in-memory copy must carry it along. */
export const DEMO_DATASETS_PATH = new URL("../../examples/demo/datasets.yaml", import.meta.url).pathname;

export async function demoText(): Promise<string> {
  return readFile(DEMO_PATH, "utf8");
}

/** Loads register text from memory and fails loudly when it does not match the schema. */
export async function registerFrom(text: string): Promise<Register> {
  const datasets = await readFile(DEMO_DATASETS_PATH, "utf8");
  const files = { "/r/privacy.yaml": text, "/r/datasets.yaml": datasets };
  const loaded = await loadRegister("/r/privacy.yaml", memoryReader(files), "/r");
  if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join("\n"));
  return loaded.register;
}

export async function demoRegister(): Promise<Register> {
  return registerFrom(await demoText());
}
