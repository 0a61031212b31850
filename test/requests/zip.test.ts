import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crc32, zip } from "../../src/requests/package/zip.js";
import { unzip } from "./fixture.js";

const files = [
  { name: "data.json", content: `${JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i })) })}\n` },
  { name: "überzicht.csv", content: "naam;e-mail\nZoë;zoë@example.nl\n" },
  { name: "index.pdf", content: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 255, 128]) },
];
const day = new Date("2026-03-02T00:00:00Z");

describe("ZIP writer for access packages", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it("writes every file back as it was, with UTF-8 names", async () => {
    const archive = zip(files, day);
    const read = await unzip(archive);
    expect([...read.keys()]).toEqual(files.map((f) => f.name));
    for (const file of files) expect(read.get(file.name)!.equals(Buffer.from(file.content))).toBe(true);
    expect(archive.readUInt16LE(6) & 0x0800).toBe(0x0800);
    expect(archive.length).toBeLessThan(files.reduce((n, f) => n + Buffer.byteLength(f.content), 0));
  });

  it("gives the same bytes for the same files and day", () => {
    expect(zip(files, day).equals(zip(files, day))).toBe(true);
    expect(zip(files, day).equals(zip(files, new Date("2026-03-03T00:00:00Z")))).toBe(false);
  });

  it.runIf(existsSync("/usr/bin/unzip"))("passes an independent reader's integrity test", () => {
    const dir = mkdtempSync(join(tmpdir(), "waarborg-zip-"));
    try {
      const path = join(dir, "p.zip");
      writeFileSync(path, zip(files, day));
      const out = execFileSync("/usr/bin/unzip", ["-t", path], { encoding: "utf8" });
      expect(out).toContain("No errors detected");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
