import type { BuildContext } from "../context.js";
import { paragraph, section, type Section } from "../../documents/index.js";

const CHANNELS = {
  email: { nl: "per e-mail", en: "by e-mail" },
  website: { nl: "op onze website", en: "on our website" },
  in_app: { nl: "in de app", en: "in the app" },
} as const;

/** Which version this is and from when, saying only what the register records of either. */
function versionSentence(ctx: BuildContext): string | undefined {
  const { version, effective_date } = ctx.register.statement;
  const date = effective_date ? ctx.date(effective_date) : undefined;
  if (version && date)
    return ctx.t({
      nl: `Dit is versie ${version}, geldig vanaf ${date}.`,
      en: `This is version ${version}, effective ${date}.`,
    });
  if (version) return ctx.t({ nl: `Dit is versie ${version}.`, en: `This is version ${version}.` });
  if (date) return ctx.t({ nl: `Deze versie geldt vanaf ${date}.`, en: `This version is effective from ${date}.` });
  return undefined;
}

/** The version, its effective date, and how people hear about changes. */
export function changesSection(ctx: BuildContext): Section {
  const statement = ctx.register.statement;
  const parts = [
    ctx.t({
      nl: "Wij passen deze verklaring aan als onze verwerkingen veranderen of als de wet dat vraagt.",
      en: "We update this statement when our processing changes or when the law requires it.",
    }),
  ];
  const current = versionSentence(ctx);
  if (current) parts.push(current);
  const notify = statement.change_notification;
  if (notify) {
    const how = ctx.list(notify.channels.map((c) => CHANNELS[c][ctx.lang]));
    parts.push(
      notify.notice_period
        ? ctx.t({
            nl: `Bij belangrijke wijzigingen laten wij {u|je} dat ten minste ${ctx.period(notify.notice_period)} van tevoren weten, ${how}.`,
            en: `We will tell you about important changes at least ${ctx.period(notify.notice_period)} in advance, ${how}.`,
          })
        : ctx.t({
            nl: `Bij belangrijke wijzigingen laten wij {u|je} dat weten, ${how}.`,
            en: `We will tell you about important changes ${how}.`,
          }),
    );
  }
  return section("changes", ctx.t({ nl: "Wijzigingen in deze verklaring", en: "Changes to this statement" }), [
    paragraph(parts.join(" ")),
  ]);
}
