import { RegisterSchema } from "../../register/index.js";
import type { Rule } from "../rule.js";
import { textValues } from "./text-paths.js";

export const translationMissing: Rule = {
  id: "translation-missing",
  severity: "warning",
  article: "GDPR Art. 12(1)",
  summary: "With a Dutch and an English statement, every text has wording in both languages.",
  hint: "write the text as { nl: ..., en: ... }",
  *run({ register }) {
    const languages = register.statement.languages;
    if (!languages.includes("nl") || !languages.includes("en")) return;
    for (const [path, text] of textValues(RegisterSchema, register)) {
      if (typeof text === "string") {
        yield {
          path,
          message: `${path.join(".")} is one text for both languages, so the Dutch and the English statement show the same words.`,
        };
      } else {
        const missing = languages.filter((lang) => text[lang] === undefined);
        if (missing.length > 0) {
          yield {
            path,
            message: `${path.join(".")} has no ${missing.join(" and ")} wording; the other language is shown instead.`,
          };
        }
      }
    }
  },
};

/** The words of each Dutch form of address, as whole words ("u" is not the u in "uur"). */
const FORM_WORDS = {
  u: /(?<![\p{L}\d-])(u|uw|uzelf)(?![\p{L}\d-])/iu,
  je: /(?<![\p{L}\d-])(je|jij|jou|jouw|jezelf)(?![\p{L}\d-])/iu,
} as const;

export const formOfAddressMixed: Rule = {
  id: "form-of-address-mixed",
  severity: "warning",
  article: "GDPR Art. 12(1)",
  summary: "The register's Dutch texts address the reader in the form the statement uses: u or je.",
  hint: 'rewrite the text in the statement\'s form, or set statement.address to the form the texts use ("u" or "je")',
  *run({ register }) {
    const form = register.statement.address;
    const other = form === "u" ? "je" : "u";
    for (const [path, text] of textValues(RegisterSchema, register)) {
      const dutch = typeof text === "string" ? text : text.nl;
      const found = dutch ? FORM_WORDS[other].exec(dutch) : null;
      if (found) {
        yield {
          path: typeof text === "string" ? path : [...path, "nl"],
          message: `${path.join(".")} says "${found[1]}", while the statement addresses the reader as "${form}" (statement.address), so the statement would mix both.`,
        };
      }
    }
  },
};

export const sourceMissing: Rule = {
  id: "source-missing",
  severity: "error",
  article: "GDPR Art. 14(1)(d), Art. 14(2)(f)",
  summary: "Data not obtained from the person comes with a description of its source.",
  hint: "add source.description: where the data comes from and whether it is public",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (activity.role === "processor") continue; // Art. 14 binds the controller
      if (activity.source?.from_subject === false && !activity.source.description) {
        yield {
          path: ["activities", id, "source", "from_subject"],
          message: `Activity "${id}" obtains data from elsewhere but does not say from where.`,
        };
      }
    }
  },
};

export const changeNotificationMissing: Rule = {
  id: "change-notification-missing",
  severity: "info",
  article: "GDPR Art. 12(1), WP29 Guidelines on transparency (WP260 rev.01)",
  summary: "The statement says how people are told of changes to it.",
  hint: "add statement.change_notification: { channels: [email, website], notice_period: 30 days }",
  *run({ register }) {
    if (!register.statement.change_notification) {
      yield {
        path: ["statement"],
        atKey: true,
        message: "The statement does not say how people will be told about changes to it.",
      };
    }
  },
};

export const statementVersionMissing: Rule = {
  id: "statement-version-missing",
  severity: "warning",
  article: "GDPR Art. 5(2), Art. 12(1), WP29 Guidelines on transparency (WP260 rev.01)",
  summary: "The statement has a version and the date it applies from, so anyone can tell which text held when.",
  hint: 'add statement.version: "1.0" and statement.effective_date: YYYY-MM-DD',
  *run({ register }) {
    const { version, effective_date } = register.statement;
    if (version === undefined) {
      yield {
        path: ["statement"],
        atKey: true,
        message:
          "The statement has no version, so it names none and the archive can tell its versions apart only by their text.",
        hint: 'add statement.version, e.g. "1.0"',
      };
    }
    if (effective_date === undefined) {
      yield {
        path: ["statement"],
        atKey: true,
        message: "The statement has no effective date, so no document says from when it applies.",
        hint: "add statement.effective_date: YYYY-MM-DD, the day this version applies from",
      };
    }
  },
};
