import { z } from "zod";
import { Activity } from "./activities.js";
import { Id } from "./common.js";
import { CookieCategories, CookiePolicy } from "./cookie-categories.js";
import { Consent, Cookie } from "./consent.js";
import { Datasets } from "./datasets.js";
import {
  AutomatedDecision,
  Minors,
  Security,
  Statement,
  Subject,
  SupportAccess,
  TaxonomyExtension,
} from "./governance.js";
import { NoneDeclarations } from "./none.js";
import { Organization } from "./organization.js";
import { Recipient, Sharing } from "./recipients.js";
import { RetentionRule } from "./retention.js";
import { Rights } from "./rights.js";
import { Service } from "./service.js";

/** The whole register: `privacy.yaml` and the files it includes. */
export const RegisterSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).default(1).describe("register format version"),
  include: z.array(z.string().min(1)).optional().describe("other YAML files merged into this one"),
  organization: Organization,
  subjects: z.record(Id, Subject).default({}),
  taxonomy: TaxonomyExtension.optional(),
  activities: z.record(Id, Activity).default({}),
  retention: z.record(Id, RetentionRule).default({}),
  recipients: z.record(Id, Recipient).default({}),
  sharing: Sharing.optional(),
  consent: Consent.optional(),
  cookies: z.array(Cookie).default([]).describe("single cookies, each by name"),
  cookie_categories: CookieCategories,
  cookie_policy: CookiePolicy.optional().describe("a separate cookie policy the statement refers to"),
  automated_decisions: z.record(Id, AutomatedDecision).default({}),
  security: Security.optional(),
  // prefault: an absent section is parsed as {}, so the defaults live in one place (rights.ts).
  rights: Rights.prefault({}),
  minors: Minors.optional(),
  support_access: SupportAccess.optional(),
  statement: Statement,
  service: Service.optional().describe("the request service's own data: how long it keeps what it handles"),
  none: NoneDeclarations,
  datasets: Datasets.optional(),
});

export type Register = z.output<typeof RegisterSchema>;
export type RegisterInput = z.input<typeof RegisterSchema>;
