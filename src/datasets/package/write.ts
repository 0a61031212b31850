import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PackageFile } from "./files.js";

/** Writes a package's files into `dir` (created if missing); returns the names written, in order. */
export async function writePackageFiles(dir: string, files: readonly PackageFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  for (const file of files) await writeFile(join(dir, file.name), file.content);
  return files.map((file) => file.name);
}
