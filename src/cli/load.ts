import { formatDiagnostic } from "../diagnostics/index.js";
import { type LoadedRegister, loadRegister, type Register } from "../register/index.js";

/**
 * Loads a register for a command that acts on it. A register with schema errors cannot be acted on
 * faithfully, so the diagnostics go to stderr and the caller exits 2.
 */
export async function loadValid(file: string): Promise<(LoadedRegister & { register: Register }) | undefined> {
  const loaded = await loadRegister(file);
  if (loaded.register && !loaded.diagnostics.some((d) => d.severity === "error")) {
    return loaded as LoadedRegister & { register: Register };
  }
  for (const d of loaded.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  return undefined;
}

export async function loadOrReport(file: string): Promise<Register | undefined> {
  return (await loadValid(file))?.register;
}
