import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { isMap, isScalar, isSeq } from "yaml";
import { type Diagnostic, sortDiagnostics } from "../diagnostics/index.js";
import { type Register, RegisterSchema } from "./schema/register.js";
import { locate, parseSource, type Path, type SourceFile, yamlErrorPosition } from "./source.js";
import { issuesToDiagnostics } from "./zod-issues.js";

export interface LoadedRegister {
  /** Present when the register parsed and matched the schema. */
  register?: Register;
  files: SourceFile[];
  /** Schema and syntax findings; the legal rules run in `check`. */
  diagnostics: Diagnostic[];
  /** True when a file could not be read or is not valid YAML: nothing else can be said. */
  unreadable: boolean;
  locate(path: Path, atKey?: boolean): { file: string; line: number; col: number };
}

/** Reads a file; the injected reader lets tests and the fuzzer load registers from memory. */
export type Reader = (path: string) => Promise<string>;

const defaultReader: Reader = (path) => readFile(path, "utf8");

/** Sections whose entries may be spread over several files. */
const MERGEABLE_MAPS = new Set([
  "subjects",
  "activities",
  "retention",
  "recipients",
  "automated_decisions",
  "cookie_categories",
]);
const MERGEABLE_LISTS = new Set(["cookies"]);

/** Loads `privacy.yaml` and every file it includes, validates it and keeps positions for findings. */
export async function loadRegister(
  entry: string,
  reader: Reader = defaultReader,
  displayBase = process.cwd(),
): Promise<LoadedRegister> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const display = (p: string) => relative(displayBase, p) || p;
  let unreadable = false;
  const seen = new Set<string>();
  const contents = new Map<SourceFile, unknown>();

  const visit = async (absolute: string, from?: { file: SourceFile; path: Path }): Promise<void> => {
    if (seen.has(absolute)) {
      if (from) {
        diagnostics.push({
          ...locate([from.file], from.path),
          severity: "error",
          rule: "include-cycle",
          message: `"${display(absolute)}" is included more than once (a cycle or a duplicate include).`,
        });
      }
      return;
    }
    seen.add(absolute);
    let text: string;
    try {
      text = await reader(absolute);
    } catch (error) {
      unreadable = true;
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : "cannot be read";
      diagnostics.push({
        ...(from ? locate([from.file], from.path) : { file: display(absolute), line: 1, col: 1 }),
        severity: "error",
        rule: "file-unreadable",
        message: `${display(absolute)}: ${reason}.`,
      });
      return;
    }
    const file = parseSource(display(absolute), text);
    files.push(file);
    for (const error of [...file.doc.errors, ...file.doc.warnings]) {
      if (error.name === "YAMLWarning") continue;
      unreadable = true;
      diagnostics.push({
        ...yamlErrorPosition(file, error.pos[0]),
        severity: "error",
        rule: "yaml-syntax",
        message: error.message.split("\n")[0] ?? "YAML syntax error",
      });
    }
    if (unreadable) return;
    try {
      contents.set(file, file.doc.toJS() ?? {});
    } catch (error) {
      // An alias to a missing anchor, or aliases that expand without bound, only fail on conversion.
      unreadable = true;
      diagnostics.push({
        ...locate([file], []),
        severity: "error",
        rule: "yaml-syntax",
        message: (error as Error).message,
      });
      return;
    }
    const includes = file.doc.get("include", true);
    if (includes === undefined) return;
    if (!isSeq(includes)) return; // the schema reports the wrong type
    for (let i = 0; i < includes.items.length; i++) {
      const item = includes.items[i];
      if (isScalar(item) && typeof item.value === "string") {
        await visit(resolve(dirname(absolute), item.value), { file, path: ["include", i] });
      }
    }
  };

  await visit(resolve(entry));
  const where = (path: Path, atKey = false) => locate(files, path, atKey);
  if (unreadable) return { files, diagnostics: sortDiagnostics(diagnostics), unreadable, locate: where };

  const merged = mergeFiles(files, contents, diagnostics);
  const parsed = RegisterSchema.safeParse(merged, { reportInput: true });
  if (!parsed.success) diagnostics.push(...issuesToDiagnostics(parsed.error.issues, files));
  return {
    register: parsed.success ? parsed.data : undefined,
    files,
    diagnostics: sortDiagnostics(diagnostics),
    unreadable,
    locate: where,
  };
}

/** Merges included files into one object. A section defined twice is an error, not a silent override. */
function mergeFiles(
  files: SourceFile[],
  contents: Map<SourceFile, unknown>,
  diagnostics: Diagnostic[],
): Record<string, unknown> {
  // No prototype: a section named __proto__ or constructor is an unknown key, not an inherited one.
  const merged: Record<string, unknown> = Object.create(null);
  const owner = new Map<string, string>();
  for (const file of files) {
    if (!isMap(file.doc.contents) && file.doc.contents !== null) {
      diagnostics.push({
        ...locate([file], []),
        severity: "error",
        rule: "schema-invalid",
        message: "A register file must be a map of sections (organization, activities, ...).",
      });
      continue;
    }
    const data = (contents.get(file) ?? {}) as Record<string, unknown>;
    for (const [section, value] of Object.entries(data)) {
      if (section === "include" && file !== files[0]) continue;
      const existing = merged[section];
      if (existing === undefined) {
        merged[section] = value;
        owner.set(section, file.path);
      } else if (MERGEABLE_MAPS.has(section) && isPlainObject(existing) && isPlainObject(value)) {
        for (const [key, entry] of Object.entries(value)) {
          if (Object.hasOwn(existing, key)) {
            diagnostics.push({
              ...locate([file], [section, key], true),
              severity: "error",
              rule: "include-duplicate",
              message: `${section}.${key} is defined in more than one file.`,
            });
          } else existing[key] = entry;
        }
      } else if (MERGEABLE_LISTS.has(section) && Array.isArray(existing) && Array.isArray(value)) {
        existing.push(...value);
      } else {
        diagnostics.push({
          ...locate([file], [section], true),
          severity: "error",
          rule: "include-duplicate",
          message: `Section "${section}" is already defined in ${owner.get(section)}.`,
          hint: `only ${[...MERGEABLE_MAPS, ...MERGEABLE_LISTS].join(", ")} may be split over files`,
        });
      }
    }
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
