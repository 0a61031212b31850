import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export type Path = readonly (string | number)[];

/** One YAML file of a register, kept so every finding can point at a line and column. */
export interface SourceFile {
  path: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export interface Position {
  file: string;
  line: number;
  col: number;
}

export function parseSource(path: string, text: string): SourceFile {
  const lines = new LineCounter();
  // uniqueKeys: a duplicated key in YAML silently wins the last value otherwise, hiding a mistake.
  // logLevel error: the YAML library would otherwise print its own warnings (a map used as a key) to the console;
  // the schema reports such keys as unknown, at their position.
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: "error",
  });
  return { path, text, doc, lines };
}

function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = file.lines.linePos(offset);
  return { file: file.path, line, col };
}

/**
 * Walks the YAML tree along `path`. Returns the node at the end, or the deepest node reached and
 * whether the walk got all the way. With `atKey`, the last step points at the key, not the value.
 */
function walk(file: SourceFile, path: Path, atKey: boolean): { offset: number; complete: boolean } | undefined {
  let node: unknown = file.doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  if (offset === undefined) return undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return { offset, complete: false };
      const key = pair.key as Node;
      if (last && atKey && key.range) return { offset: key.range[0], complete: true };
      const value = pair.value as Node | null;
      offset = value?.range?.[0] ?? key.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof step === "number") {
      const item = node.items[step] as Node | undefined;
      if (!item) return { offset, complete: false };
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return { offset, complete: false };
    }
  }
  return { offset, complete: true };
}

/**
 * Finds where a register path is written. The register may be split over several files; the file
 * that holds the longest part of the path wins, so a finding about an included activity points there.
 */
export function locate(files: readonly SourceFile[], path: Path, atKey = false): Position {
  let best: { file: SourceFile; offset: number; depth: number } | undefined;
  for (const file of files) {
    for (let depth = path.length; depth >= 0; depth--) {
      const found = walk(file, path.slice(0, depth), atKey && depth === path.length);
      if (found?.complete) {
        if (!best || depth > best.depth) best = { file, offset: found.offset, depth };
        break;
      }
    }
  }
  const first = files[0];
  if (!best) return { file: first?.path ?? "<register>", line: 1, col: 1 };
  return positionAt(best.file, best.offset);
}

export function yamlErrorPosition(file: SourceFile, offset: number): Position {
  return positionAt(file, offset);
}
