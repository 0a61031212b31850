import type { BuildContext } from "../context.js";
import { bullets, type Inline, paragraph, section, type Section } from "../../documents/index.js";
import { sentence } from "../../vocabulary/index.js";

/** Support staff looking into a customer's account: who, only with a reason, time-boxed, logged. */
export function supportAccess(ctx: BuildContext): Section | undefined {
  const access = ctx.register.support_access;
  if (!access) return undefined;
  const who = ctx.text(access.who) || ctx.t({ nl: "onze medewerkers", en: "our staff" });
  const rules: string[] = [];
  // Each rule is printed only when the register records it, either way: silence is not a promise.
  if (access.requires_reason !== undefined)
    rules.push(
      access.requires_reason
        ? ctx.t({
            nl: "Dat gebeurt alleen met een concrete reden, die wij vastleggen.",
            en: "This happens only for a specific reason, which we record.",
          })
        : ctx.t({
            nl: "Daarvoor hoeft geen reden te worden vastgelegd.",
            en: "No reason needs to be recorded for it.",
          }),
    );
  if (access.max_duration) {
    const max = ctx.period(access.max_duration);
    rules.push(
      ctx.t({
        nl: `De toegang is tijdelijk: hooguit ${max}, daarna stopt die vanzelf.`,
        en: `Access is time-boxed: at most ${max}, after which it ends by itself.`,
      }),
    );
  }
  if (access.customer_approval) {
    rules.push(
      ctx.t({
        nl: "Wij kijken pas mee nadat {u|je} daarmee akkoord bent gegaan.",
        en: "We only look after you have approved it.",
      }),
    );
  }
  const parties = Object.values(access.external_parties);
  if (parties.length > 0) {
    const names = ctx.list(parties.map((p) => ctx.text(p.label)));
    const kinds = [...new Set(parties.flatMap((p) => p.while_open))];
    const work = ctx.list(
      kinds.map((k) =>
        k === "project"
          ? ctx.t({ nl: "een project", en: "a project" })
          : ctx.t({ nl: "een incident", en: "an incident" }),
      ),
      "or",
    );
    rules.push(
      ctx.t({
        nl: `Externe partijen (${names}) krijgen alleen toegang zolang ${work} waarvoor die nodig is loopt; daarna stopt de toegang.`,
        en: `External parties (${names}) only get access while ${work} that needs it is open; then access ends.`,
      }),
    );
  }
  if (access.audited !== undefined)
    rules.push(
      access.audited
        ? ctx.t({
            nl: "Elke toegang wordt vastgelegd: wie, wanneer, waarom en hoe lang.",
            en: "Every access is logged: who, when, why and for how long.",
          })
        : ctx.t({ nl: "Deze toegang wordt niet apart vastgelegd.", en: "This access is not separately logged." }),
    );
  if (access.confidentiality_agreements) {
    rules.push(
      ctx.t({
        nl: "Deze medewerkers hebben een geheimhoudingsplicht.",
        en: "These staff members are bound by confidentiality.",
      }),
    );
  }
  const description = ctx.text(access.description);
  return section(
    "support-access",
    ctx.t({ nl: "Meekijken door onze supportmedewerkers", en: "Support access to your account" }),
    [
      paragraph(
        sentence(
          ctx.t({
            nl: `Soms moeten ${who} in {uw|je} account meekijken om een vraag te beantwoorden of een probleem op te lossen. Daarvoor gelden deze regels:`,
            en: `Sometimes ${who} need to look into your account to answer a question or fix a problem. These rules apply:`,
          }),
        ),
      ),
      bullets(rules.map((r): Inline => [r])),
      ...(description ? [paragraph(sentence(description))] : []),
    ],
  );
}
