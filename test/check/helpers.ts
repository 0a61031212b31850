import { relative } from "node:path";
import { stringify } from "yaml";
import { expect, it } from "vitest";
import { checkRegister } from "../../src/check/check.js";
import type { Diagnostic, Severity } from "../../src/diagnostics/diagnostic.js";
import type { RegisterInput } from "../../src/register/schema/register.js";
import { memoryReader } from "../helpers/memory.js";

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

/** A change to the base register: maps merge, lists and scalars replace, `undefined` deletes the key. */
export type Patch = DeepPartial<RegisterInput>;

/**
 * A small register that every rule accepts: zero findings. Published in Dutch only, so plain-string
 * texts are fine; tests of the translation rule switch English on.
 */
export function baseRegister(): RegisterInput {
  return {
    organization: {
      name: "Voorbeeld B.V.",
      address: { street: "Oudegracht 1", postcode: "3511 AB", city: "Utrecht", country: "NL" },
      kvk: "12345678",
      vat_id: "NL002455799B11",
      contact: { email: "privacy@voorbeeld.example" },
    },
    subjects: { customers: { name: "klanten", kind: "customer" } },
    activities: {
      shop: {
        name: "Webwinkel",
        purpose: "bestellingen leveren",
        purpose_kind: "service.provision",
        legal_basis: "contract",
        subjects: ["customers"],
        data_categories: ["identity.name", "contact.email"],
        retention: "orders",
        recipients: ["hosting"],
        requirement: { kind: "contract", consequence: "zonder deze gegevens kunnen wij niet leveren" },
      },
    },
    retention: {
      orders: {
        period: "2 years",
        after: "contract_end",
        enforced_elsewhere: {
          nl: "de webwinkel verwijdert bestellingen na twee jaar",
          en: "the web shop deletes orders after two years",
        },
      },
    },
    recipients: {
      hosting: {
        name: "Hosting B.V.",
        kind: "processor",
        agreement: { status: "signed", signed_on: "2026-01-05", review_every: "12 months" },
        location: ["NL"],
      },
    },
    security: { measures: ["encryption_in_transit", "access_control"] },
    rights: { channels: [{ kind: "email", address: "privacy@voorbeeld.example" }] },
    service: {
      retention: {
        unverified_requests: "7 days",
        expired_codes: "1 day",
        delivered_mail: "30 days",
        expired_packages: "7 days",
      },
    },
    none: ["cookies", "automated_decisions", "dpo"],
    statement: {
      languages: ["nl"],
      version: "1",
      effective_date: "2026-01-01",
      change_notification: { channels: ["email"] },
    },
  };
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function applyPatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (value === undefined) delete target[key];
    else if (isMap(value) && isMap(current)) applyPatch(current, value);
    else target[key] = structuredClone(value);
  }
  return target;
}

/** The day every rule test runs on: rules about dates compare with it, never with the machine's clock. */
export const CHECK_NOW = new Date("2026-06-01T12:00:00Z");

/** Where the in-memory register lives; diagnostics name it relative to the working directory. */
export const REGISTER_PATH = "/r/privacy.yaml";

export interface Checked {
  yaml: string;
  diagnostics: Diagnostic[];
  exitCode: number;
  /** Schema findings: a test register must load, or a rule that stays silent proves nothing. */
  schemaErrors: Diagnostic[];
}

/** Checks the base register with the patch applied, written out as YAML so positions are real. */
export async function checkPatched(patch: Patch = {}): Promise<Checked> {
  const doc = applyPatch(baseRegister() as unknown as Record<string, unknown>, patch as Record<string, unknown>);
  const yaml = stringify(doc, { lineWidth: 0 });
  const result = await checkRegister(REGISTER_PATH, memoryReader({ [REGISTER_PATH]: yaml }), { now: CHECK_NOW });
  const schemaErrors = result.loaded.diagnostics;
  return { yaml, diagnostics: result.diagnostics, exitCode: result.exitCode, schemaErrors };
}

/**
 * The position of a place in YAML text, found by text search rather than by the loader: each marker
 * is looked for on a line after the previous one's; a `^` in the last marker stands on the column.
 */
export function positionOf(yaml: string, markers: readonly string[]): { line: number; col: number } {
  const lines = yaml.split("\n");
  let line = 0;
  let col = 1;
  for (const [m, marker] of markers.entries()) {
    const plain = marker.replace("^", "");
    const start = m === 0 ? 0 : line;
    const index = lines.findIndex((text, i) => i >= start && text.includes(plain));
    if (index < 0) throw new Error(`marker ${JSON.stringify(marker)} not found in:\n${yaml}`);
    line = index + 1;
    const caret = marker.indexOf("^");
    col = (lines[index] as string).indexOf(plain) + Math.max(caret, 0) + 1;
  }
  return { line, col };
}

export interface RuleCase {
  /** Test title: what makes the register wrong. */
  name: string;
  rule: string;
  severity: Severity;
  patch: Patch;
  /** Markers for `positionOf`: where the finding must point. */
  at: readonly string[];
  /** Text the message must contain. */
  says?: string | RegExp;
  /** How many findings of the rule (default 1). */
  count?: number;
  /** A close variant of the register that the rule accepts. */
  fixed: Patch;
  fixedName?: string;
}

/** Two tests per case: the faulty register is flagged at the right place, the close variant is not. */
export function ruleCases(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    it(`${c.rule}: flags ${c.name}`, async () => {
      const result = await checkPatched(c.patch);
      expect(result.schemaErrors).toEqual([]);
      const found = result.diagnostics.filter((d) => d.rule === c.rule);
      expect(found).toHaveLength(c.count ?? 1);
      const where = positionOf(result.yaml, c.at);
      const hit = found.find((d) => d.line === where.line && d.col === where.col);
      expect(
        hit,
        `no ${c.rule} at ${where.line}:${where.col}; got ${found.map((d) => `${d.line}:${d.col}`)}\n${result.yaml}`,
      ).toBeDefined();
      expect(hit).toMatchObject({ severity: c.severity, file: relative(process.cwd(), REGISTER_PATH) });
      expect(hit?.article).toBeTruthy();
      if (c.says) expect(hit?.message).toMatch(c.says);
    });
    it(`${c.rule}: accepts ${c.fixedName ?? "the corrected register"} (${c.name})`, async () => {
      const result = await checkPatched(c.fixed);
      expect(result.schemaErrors).toEqual([]);
      expect(result.diagnostics.filter((d) => d.rule === c.rule)).toEqual([]);
    });
  }
}
