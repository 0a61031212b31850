import {
  approxDays,
  formatPeriod,
  OWN_DATA_KINDS,
  type OwnDataKind,
  parseDuration,
  type Register,
} from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { type Change, change } from "./change.js";

const WHAT: Record<OwnDataKind, { nl: string; en: string }> = {
  unverified_requests: { nl: "verzoeken die u niet bevestigt", en: "requests you do not confirm" },
  expired_codes: { nl: "verlopen eenmalige codes", en: "expired one-time codes" },
  delivered_mail: { nl: "e-mails die wij u over een verzoek sturen", en: "e-mails we send you about a request" },
  expired_packages: { nl: "verlopen downloadpakketten", en: "expired download packages" },
};

const days = (period: string) => {
  const parsed = parseDuration(period);
  return parsed ? Math.round(approxDays(parsed)) : undefined;
};

/**
 * How long the request service keeps its own data, as the statement states it. A longer period, or
 * one the statement stops stating, is announced; a shorter one or a newly stated one is worth a line.
 */
export function diffOwnData(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  for (const kind of OWN_DATA_KINDS) {
    const old = before.service?.retention?.[kind];
    const now = after.service?.retention?.[kind];
    const ref = `service.retention.${kind}`;
    const what = (lang: Lang) => WHAT[kind][lang];
    const p = (period: string, lang: Lang) => formatPeriod(period, lang);
    if (old === now) continue;
    if (!old && now) {
      out.push(
        change("retention_changed", "info", ref, (lang) =>
          textIn(lang, {
            nl: `Wij vermelden nu hoe lang wij ${what(lang)} bewaren: ${p(now, lang)}.`,
            en: `We now state how long we keep ${what(lang)}: ${p(now, lang)}.`,
          }),
        ),
      );
    } else if (old && !now) {
      out.push(
        change("retention_changed", "notify", ref, (lang) =>
          textIn(lang, {
            nl: `Wij vermelden niet meer hoe lang wij ${what(lang)} bewaren (was: ${p(old, lang)}).`,
            en: `We no longer state how long we keep ${what(lang)} (was: ${p(old, lang)}).`,
          }),
        ),
      );
    } else if (old && now) {
      const was = days(old);
      const is = days(now);
      if (was === undefined || is === undefined || was === is) continue;
      const longer = is > was;
      out.push(
        change(longer ? "retention_longer" : "retention_shorter", longer ? "notify" : "info", ref, (lang) =>
          textIn(lang, {
            nl: `Wij bewaren ${what(lang)} ${longer ? "langer" : "korter"}, van ${p(old, lang)} naar ${p(now, lang)}.`,
            en: `We keep ${what(lang)} ${longer ? "longer" : "for a shorter time"}, from ${p(old, lang)} to ${p(now, lang)}.`,
          }),
        ),
      );
    }
  }
  return out;
}
