import { describe, expect, it } from "vitest";
import { checkPatched, type Patch, positionOf, ruleCases } from "../helpers.js";

const channels = [{ kind: "email", address: "privacy@voorbeeld.example" }] as const;
const rights = (fields: Record<string, unknown>): Patch => ({ rights: { channels: [...channels], ...fields } });
const ALL_BUT = (...left: string[]) =>
  [
    "access",
    "rectification",
    "erasure",
    "restriction",
    "objection",
    "portability",
    "withdraw_consent",
    "automated_decision_review",
    "complaint",
  ].filter((r) => !left.includes(r));
const masked = { id_copy_masking: ["bsn", "photo", "mrz", "document_number"], delete_id_copy_after_verification: true };
const dunning = (fields: Record<string, unknown>): Patch => ({
  automated_decisions: {
    dunning: {
      name: "blokkade bij wanbetaling",
      legal_effect: true,
      logic: "na 30 dagen onbetaald wordt het account geblokkeerd",
      consequences: "geen toegang tot de factuur betaald is",
      human_review: { channel: "finance@voorbeeld.example" },
      ...fields,
    },
  },
});

describe("rights rules", () => {
  ruleCases([
    {
      name: "a policy without erasure and portability",
      rule: "rights-incomplete",
      severity: "error",
      patch: rights({ supported: ALL_BUT("erasure", "portability") }),
      at: ["rights:", "^supported:"],
      says: "erasure, portability",
      fixed: rights({ supported: ALL_BUT() }),
    },
    {
      name: "no right to complain",
      rule: "complaint-right-missing",
      severity: "error",
      patch: rights({ supported: ALL_BUT("complaint") }),
      at: ["rights:", "^supported:"],
      fixed: rights({ supported: ALL_BUT("automated_decision_review") }),
      fixedName: "a policy that leaves out only a right the register does not need",
    },
    {
      name: "consent without the right to withdraw it",
      rule: "withdraw-consent-right-missing",
      severity: "error",
      patch: {
        ...rights({ supported: ALL_BUT("withdraw_consent") }),
        activities: { shop: { legal_basis: "consent" } },
      },
      at: ["rights:", "^supported:"],
      fixed: rights({ supported: ALL_BUT("withdraw_consent") }),
      fixedName: "the same policy when nothing rests on consent",
    },
    {
      name: "no request channel",
      rule: "channel-missing",
      severity: "error",
      patch: { rights: { channels: [] } },
      at: ["rights:", "^channels:"],
      fixed: { rights: { channels: [{ kind: "web", address: "https://voorbeeld.example/privacy" }] } },
    },
    {
      name: "a response time of 6 weeks",
      rule: "response-time-too-long",
      severity: "error",
      patch: rights({ response_time: "6 weeks" }),
      at: ["rights:", "response_time: ^6 weeks"],
      fixed: rights({ response_time: "4 weeks" }),
    },
    {
      name: "a response time of 2 months",
      rule: "response-time-too-long",
      severity: "error",
      patch: rights({ response_time: "2 months" }),
      at: ["rights:", "response_time: ^2 months"],
      fixed: rights({ response_time: "1 month" }),
    },
    {
      name: "a response time of 30 days, longer than February",
      rule: "response-time-too-long",
      severity: "warning",
      patch: rights({ response_time: "30 days" }),
      at: ["rights:", "response_time: ^30 days"],
      says: "February",
      fixed: rights({ response_time: "P28D" }),
    },
    {
      name: "an ID copy for every request",
      rule: "id-copy-by-default",
      severity: "error",
      patch: rights({ verification: { id_copy: "always", ...masked } }),
      at: ["verification:", "id_copy: ^always"],
      says: "525,000",
      fixed: rights({ verification: { id_copy: "on_doubt", ...masked } }),
    },
    {
      name: "ID copies on doubt without masking the photo and MRZ",
      rule: "id-copy-unmasked",
      severity: "error",
      patch: rights({ verification: { ...masked, id_copy: "on_doubt", id_copy_masking: ["bsn", "document_number"] } }),
      at: ["verification:", "^id_copy_masking:"],
      says: "photo, mrz",
      fixed: rights({ verification: { ...masked, id_copy: "on_doubt" } }),
    },
    {
      name: "an ID-copy method whose copies are kept",
      rule: "id-copy-unmasked",
      severity: "error",
      patch: rights({
        verification: { ...masked, methods: ["email_code", "id_copy"], delete_id_copy_after_verification: false },
      }),
      at: ["verification:", "delete_id_copy_after_verification: ^false"],
      says: "not deleted",
      fixed: rights({ verification: { methods: ["email_code"], id_copy: "never" } }),
      fixedName: "verification without ID copies",
    },
    {
      name: "an automated decision with legal effect and no human review",
      rule: "automated-decision-incomplete",
      severity: "error",
      patch: dunning({ human_review: undefined, logic: undefined }),
      at: ["automated_decisions:", "^dunning:"],
      says: "logic, human_review",
      fixed: dunning({ human_review: undefined, logic: undefined, legal_effect: false }),
      fixedName: "a decision without legal or similar effect",
    },
    {
      name: "automated decisions without the right to human review",
      rule: "automated-review-right-missing",
      severity: "error",
      patch: { ...dunning({}), ...rights({ supported: ALL_BUT("automated_decision_review") }) },
      at: ["rights:", "^supported:"],
      says: "taken (dunning)",
      fixed: { ...dunning({}), ...rights({ supported: ALL_BUT() }) },
    },
  ]);
});

describe("a decision's own period for human review", () => {
  it("is refused at its line and column when it could end after the month of Art. 12(3)", async () => {
    const result = await checkPatched(
      dunning({ human_review: { channel: "finance@voorbeeld.example", respond_within: "6 weeks" } }),
    );
    const where = positionOf(result.yaml, ["automated_decisions:", "human_review:", "^respond_within:"]);
    const error = result.schemaErrors.find((e) => e.message.includes("at most the month of Art. 12(3)"));
    expect(error, JSON.stringify(result.schemaErrors)).toBeDefined();
    expect({ line: error?.line, col: error?.col }).toEqual({
      line: where.line,
      col: where.col + "respond_within: ".length,
    });
  });

  it("is taken when it ends inside the month", async () => {
    const result = await checkPatched(
      dunning({ human_review: { channel: "finance@voorbeeld.example", respond_within: "14 days" } }),
    );
    expect(result.schemaErrors).toEqual([]);
  });
});
