import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditEntry, canonicalJson, chainEntry, describeProblem, verifyChain } from "../../src/audit/chain.js";

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      chainEntry(out.at(-1), {
        at: `2026-11-22T10:00:${String(i).padStart(2, "0")}Z`,
        actor: i % 2 ? "user:1" : "system",
        action: "request.transition",
        subject_type: "request",
        subject_id: `r${i}`,
        data: canonicalJson({ to: "verified", from: "verifying" }),
      }),
    );
  }
  return out;
}

describe("audit chain", () => {
  it("verifies an intact chain", () => {
    expect(verifyChain(chain(20))).toEqual({ ok: true, checked: 20, problems: [] });
  });

  it("canonical JSON does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });

  it("names a changed entry", () => {
    const entries = chain(10);
    entries[4] = { ...entries[4]!, actor: "someone-else" };
    const result = verifyChain(entries);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({ kind: "changed", seq: 5 });
    expect(describeProblem(result.problems[0]!)).toContain("entry 5 was changed");
  });

  it("names removed entries, also at the end when the caller knows the count", () => {
    const entries = chain(10);
    entries.splice(3, 2);
    expect(verifyChain(entries).problems).toContainEqual({ kind: "removed", afterSeq: 3, missing: 2 });
  });

  it("names a reordered entry", () => {
    const entries = chain(6);
    [entries[2], entries[3]] = [entries[3]!, entries[2]!];
    expect(verifyChain(entries).problems.map((p) => p.kind)).toContain("reordered");
  });

  it("catches a rewritten tail: entries re-hashed from a changed point still break the link", () => {
    const entries = chain(8);
    const forged = chainEntry({ seq: 4, hash: "f".repeat(64) }, { ...entries[4]!, actor: "forger" });
    entries[4] = forged;
    expect(verifyChain(entries).problems).toContainEqual({ kind: "broken-link", seq: 5 });
  });

  it("any single-field change anywhere is detected (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom("at", "actor", "action", "subject_id", "data"),
        fc.string({ minLength: 1 }),
        (index, field, value) => {
          const entries = chain(15);
          const original = entries[index]!;
          if ((original as unknown as Record<string, string>)[field] === value) return;
          entries[index] = { ...original, [field]: value };
          expect(verifyChain(entries).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
