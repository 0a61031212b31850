import type { Reader } from "../../src/register/load.js";

/** A reader over in-memory files, so tests and the fuzzer need no disk. */
export function memoryReader(files: Record<string, string>): Reader {
  return async (path) => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error("not found"), { code: "ENOENT" });
    return text;
  };
}
