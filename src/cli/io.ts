import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** Where a command writes: stdout, or a file (its folder created). */
export async function emit(content: string | Uint8Array, outFile?: string): Promise<void> {
  if (!outFile) {
    process.stdout.write(content);
    return;
  }
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, content);
}

/** Thrown for wrong usage; main prints the message (no stack) and exits 2. */
export class UsageError extends Error {}

export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(", ")} (got "${value}")`);
}
