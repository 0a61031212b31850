import { formatPeriod, type Register } from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { RIGHT_ACTION, wordsIn } from "../vocabulary/index.js";
import { type Change, change } from "./change.js";

const CHANNEL = {
  email: { nl: "e-mail", en: "e-mail" },
  web: { nl: "website", en: "website" },
  post: { nl: "post", en: "post" },
  in_app: { nl: "in de app", en: "in the app" },
  phone: { nl: "telefoon", en: "phone" },
} as const;

type Channel = Register["rights"]["channels"][number];
const channelKey = (c: Channel) => `${c.kind}:${c.address}`;
/** The change notice addresses the reader as "u" throughout; `statement.address` governs the statement only. */
const action = (right: keyof typeof RIGHT_ACTION, lang: Lang) => wordsIn(RIGHT_ACTION[right], lang, "u");
const channelWords = (c: Channel, lang: Lang) => `${CHANNEL[c.kind][lang]} (${c.address})`;

/** How people exercise their rights: which rights the statement offers, through which channels, how fast. */
export function diffRights(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  const old = before.rights;
  const now = after.rights;
  for (const right of now.supported.filter((r) => !old.supported.includes(r))) {
    out.push(
      change("right_added", "info", `rights.supported.${right}`, (lang) =>
        textIn(lang, {
          nl: `U kunt voortaan ook ${action(right, "nl")}.`,
          en: `You can now also ${action(right, "en")}.`,
        }),
      ),
    );
  }
  for (const right of old.supported.filter((r) => !now.supported.includes(r))) {
    out.push(
      change("right_removed", "info", `rights.supported.${right}`, (lang) =>
        textIn(lang, {
          nl: `Wij noemen dit recht niet meer in onze privacyverklaring: ${action(right, "nl")}.`,
          en: `We no longer list this right in our privacy statement: ${action(right, "en")}.`,
        }),
      ),
    );
  }
  const oldChannels = new Set(old.channels.map(channelKey));
  const newChannels = new Set(now.channels.map(channelKey));
  for (const channel of now.channels.filter((c) => !oldChannels.has(channelKey(c)))) {
    out.push(
      change("channel_added", "info", `rights.channels.${channel.kind}`, (lang) =>
        textIn(lang, {
          nl: `Nieuw kanaal voor privacyverzoeken: ${channelWords(channel, lang)}.`,
          en: `New channel for privacy requests: ${channelWords(channel, lang)}.`,
        }),
      ),
    );
  }
  for (const channel of old.channels.filter((c) => !newChannels.has(channelKey(c)))) {
    out.push(
      change("channel_removed", "info", `rights.channels.${channel.kind}`, (lang) =>
        textIn(lang, {
          nl: `Dit kanaal voor privacyverzoeken vervalt: ${channelWords(channel, lang)}.`,
          en: `This channel for privacy requests is discontinued: ${channelWords(channel, lang)}.`,
        }),
      ),
    );
  }
  if (formatPeriod(old.response_time, "en") !== formatPeriod(now.response_time, "en")) {
    out.push(
      change("response_time_changed", "info", "rights.response_time", (lang) => {
        const is = formatPeriod(now.response_time, lang);
        const was = formatPeriod(old.response_time, lang);
        return textIn(lang, {
          nl: `Wij beantwoorden uw verzoek voortaan binnen ${is} (was: ${was}).`,
          en: `We now answer your request within ${is} (was: ${was}).`,
        });
      }),
    );
  }
  return out;
}
