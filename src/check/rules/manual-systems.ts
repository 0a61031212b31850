import type { Register } from "../../register/index.js";
import type { Rule } from "../rule.js";

const manualSystems = (register: Register) =>
  Object.entries(register.datasets?.systems ?? {}).flatMap(([key, system]) =>
    system.kind === "manual" ? [[key, system] as const] : [],
  );

export const manualSystemWithoutOwner: Rule = {
  id: "manual-system-without-owner",
  severity: "error",
  article: "GDPR Art. 12(3), Art. 15-17",
  summary:
    "Every manual system has someone to mail its tasks to: an owner, or a recipient with a contact e-mail address.",
  hint: "add owner: { name, email }, or contact: { email } on the recipient the system names",
  *run({ register }) {
    for (const [key, system] of manualSystems(register)) {
      if (system.owner) continue;
      const recipient = system.recipient ? register.recipients[system.recipient] : undefined;
      // An unknown recipient is reference-unknown's finding.
      if (!recipient || recipient.contact?.email) continue;
      yield {
        path: ["datasets", "systems", key, "recipient"],
        message: `The manual system ${key} names recipient ${system.recipient} for its tasks, which has no contact e-mail address: requests would pass this system by unanswered.`,
      };
    }
  },
};

export const manualSystemWithoutInstructions: Rule = {
  id: "manual-system-without-instructions",
  severity: "warning",
  article: "GDPR Art. 12(3)",
  summary: "A manual system says what its owner is to do for every request type that reaches it.",
  hint: "add instructions.general, or instructions.<type> for each type in requests",
  *run({ register }) {
    for (const [key, system] of manualSystems(register)) {
      const missing = system.requests.filter((type) => !system.instructions[type] && !system.instructions.general);
      if (missing.length === 0) continue;
      yield {
        path: ["datasets", "systems", key, "instructions"],
        atKey: true,
        message: `The manual system ${key} gives its owner no instructions for ${missing.join(", ")}.`,
      };
    }
  },
};

export const manualSystemWithoutOfficer: Rule = {
  id: "manual-system-without-officer",
  severity: "warning",
  article: "GDPR Art. 12(3), Art. 38(4)",
  summary: "With manual or webhook systems, the register gives an address to escalate overdue tasks to.",
  hint: "add organization.privacy_officer.email (or the DPO's, or the organisation's contact e-mail)",
  *run({ register }) {
    const org = register.organization;
    // A webhook system's overdue task is escalated the same way; it has no owner to remind first.
    const answeredLater = Object.values(register.datasets?.systems ?? {}).some((s) => s.kind !== "http");
    if (!answeredLater) return;
    if (org.privacy_officer?.email ?? org.dpo?.email ?? org.contact?.email) return;
    yield {
      path: ["organization"],
      atKey: true,
      message: "The register has manual or webhook systems but no address to tell when one of their tasks is overdue.",
    };
  },
};
