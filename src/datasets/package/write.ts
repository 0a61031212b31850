import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { PackageFile } from "./files.js";

/** Writes a package's files into `dir` and its subfolders (created if missing); returns the names written, in order. */
export async function writePackageFiles(dir: string, files: readonly PackageFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  for (const file of files) {
    // A manual system's files sit in a folder of their own (systems/<system>/...).
    await mkdir(dirname(join(dir, file.name)), { recursive: true });
    await writeFile(join(dir, file.name), file.content);
  }
  return files.map((file) => file.name);
}
