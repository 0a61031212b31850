import { z } from "zod";
import { BREACH_RISKS } from "../../../store/index.js";
import { apiSchemas, doc } from "../registry.js";

export const BreachId = z.object({
  id: doc(z.string().min(1).max(100), "the breach's id or register number (2026-001)"),
});
export const LangQuery = z.object({ lang: z.enum(["nl", "en"]).default("nl") });
export const ExportQuery = z.object({ format: z.enum(["csv", "json"]).default("csv") });

const Instant = z.iso.datetime({ offset: true });
const Facts = doc(
  z.record(z.string(), z.unknown()),
  "the notification form's facts by key (summary, nature, records, ...); null takes a fact back to not recorded",
);

export const RecordBreachBody = z.strictObject({
  title: doc(z.string().min(1).max(200), "a short name for the incident, no personal data"),
  awareAt: doc(Instant, "when the company became aware: the 72 hours of Art. 33(1) run from here"),
  risk: z.enum(BREACH_RISKS).nullable().optional(),
  facts: Facts.optional(),
});

export const UpdateBreachBody = z.strictObject({
  title: z.string().min(1).max(200).optional(),
  awareAt: Instant.optional(),
  risk: z.enum(BREACH_RISKS).nullable().optional(),
  authorityNotifiedAt: doc(Instant.nullable().optional(), "when the supervisory authority was told"),
  peopleNotifiedAt: doc(Instant.nullable().optional(), "when the people concerned were told"),
  facts: Facts.optional(),
});

export const BreachView = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  awareAt: z.string(),
  risk: z.enum(BREACH_RISKS).nullable(),
  authorityNotifiedAt: z.string().nullable(),
  peopleNotifiedAt: z.string().nullable(),
  facts: z.record(z.string(), z.unknown()),
  recordedBy: z.string(),
  recordedAt: z.string(),
  updatedAt: z.string(),
  obligations: z.object({
    authority: doc(z.boolean().nullable(), "must the authority be told (Art. 33); null while not assessed"),
    people: doc(z.boolean().nullable(), "must the people concerned be told (Art. 34); null while not assessed"),
    publicCommunication: z.boolean(),
  }),
  clock: z.object({
    deadline: z.string(),
    state: z.enum(["running", "overdue", "notified", "notified_late", "not_required"]),
    minutesLeft: doc(z.number().int(), "to the deadline; negative once past"),
  }),
});
apiSchemas.add(BreachView, { id: "Breach", description: "A breach with what its risk obliges and its 72-hour clock" });

export const BreachList = z.object({ breaches: z.array(BreachView) });

export const DraftView = z.object({
  ready: doc(z.boolean(), "true only when every answer of the form rests on a recorded fact"),
  missing: z.array(z.string()),
  html: z.string(),
});

export const MessageView = z.object({
  subject: z.string(),
  missing: z.array(z.string()),
  text: z.string(),
  html: z.string(),
});
