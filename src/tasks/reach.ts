import type { Lang, RequestType } from "../kernel/index.js";
import {
  isManualRequestType,
  localize,
  type ManualSystem,
  type Register,
  type WebhookSystem,
} from "../register/index.js";

/**
 * A system a request reaches that answers later, with the owner its tasks go to. A webhook system's
 * owner is the service itself: its name, and no address (the task goes out as a signed request, and
 * only the escalation to the privacy officer is mailed).
 */
export interface ReachedSystem {
  key: string;
  system: ManualSystem | WebhookSystem;
  owner: { name: string; email: string; lang: Lang };
}

/**
 * Whom a system's tasks go to: its own owner, else the contact of the recipient it names (a processor
 * that only answers e-mail). Undefined when neither gives an address: `check` reports such a system.
 */
export function ownerOf(register: Register, system: ManualSystem): ReachedSystem["owner"] | undefined {
  const lang = system.owner?.lang ?? register.statement.languages[0] ?? "nl";
  if (system.owner) return { name: system.owner.name, email: system.owner.email, lang };
  const recipient = system.recipient ? register.recipients[system.recipient] : undefined;
  const email = recipient?.contact?.email;
  if (!recipient || !email) return undefined;
  return { name: recipient.contact?.name ?? localize(recipient.name, lang), email, lang };
}

/** The manual and webhook systems a request of this type would reach, whoever filed it, in register order. */
function systemsOfType(register: Register, type: RequestType): [string, ManualSystem | WebhookSystem][] {
  return Object.entries(register.datasets?.systems ?? {}).filter(
    (entry): entry is [string, ManualSystem | WebhookSystem] =>
      entry[1].kind !== "http" && isManualRequestType(type) && entry[1].requests.includes(type),
  );
}

/**
 * The manual and webhook systems a request of this type reaches, in register order. A tenant's
 * request leaves out those recorded as holding none of the tenants' end users (`tenants: none`).
 */
export function systemsReached(register: Register, type: RequestType, tenant?: string): ReachedSystem[] {
  const reached: ReachedSystem[] = [];
  for (const [key, system] of systemsOfType(register, type)) {
    if (tenant !== undefined && system.tenants === "none") continue;
    if (system.kind === "webhook") {
      const lang = register.statement.languages[0] ?? "nl";
      reached.push({ key, system, owner: { name: system.name, email: "", lang } });
      continue;
    }
    const owner = ownerOf(register, system);
    // A system nobody can be mailed about is a register defect `check` names; a task for no one would
    // hold the request open for ever.
    if (owner) reached.push({ key, system, owner });
  }
  return reached;
}

/**
 * The manual and webhook systems a tenant's request of this type leaves out, with why: the outcome
 * records them as the HTTP systems' skips are. None for the company's own requests.
 */
export function systemsSkipped(
  register: Register,
  type: RequestType,
  tenant: string | undefined,
): { system: string; reason: string }[] {
  if (tenant === undefined) return [];
  return systemsOfType(register, type)
    .filter(([, system]) => system.tenants === "none")
    .map(([key]) => ({ system: key, reason: "it holds no data of the tenants' end users" }));
}

/** A system's name as people read it: a manual or webhook system's name, an API's label in the language. */
export function systemName(register: Register, key: string, lang: Lang): string {
  const system = register.datasets?.systems[key];
  if (!system) return key;
  return system.kind === "http" ? localize(system.label, lang) : system.name;
}
