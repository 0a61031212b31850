import { dataCategories, formatPeriod, localize, type NoneFact, type Register, type Text } from "../register/index.js";
import { type InLang, type Lang, textIn } from "../kernel/index.js";
import { addressed, type FormOfAddress, formatDate, joinList, oneLine, withoutFullStop } from "../vocabulary/index.js";

export type Activity = Register["activities"][string];
export type RetentionRule = Register["retention"][string];
export type Recipient = Register["recipients"][string];

/** What every section builder needs: the register, the language and the small wording helpers. */
export interface BuildContext {
  readonly register: Register;
  readonly lang: Lang;
  /** How the Dutch text addresses the reader, as `statement.address` sets it. */
  readonly form: FormOfAddress;
  /**
   * Our own wording, written in both languages side by side so translations stay in step; the Dutch
   * spells out "{u|je}" where the two forms of address differ, and gets the register's form.
   */
  t(texts: InLang<string>): string;
  /** Register text in the statement's language, falling back to the other language. */
  text(value: Text | undefined): string;
  /** Register text inside one of our sentences, which supplies the full stop: "geldt voor ${clause}." */
  clause(value: Text | undefined): string;
  /** The organisation's name in the statement's language. */
  readonly organization: string;
  category(id: string): string;
  categories(ids: readonly string[]): string;
  subjects(ids: readonly string[]): string;
  recipientName(id: string): string;
  list(items: readonly string[], conjunction?: "and" | "or"): string;
  period(period: string): string;
  date(iso: string): string;
  /** Whether the register records that the organisation does not do this (`none:`); silence is not "none". */
  saysNone(fact: NoneFact): boolean;
  /** Activities the organisation decides about itself, in register order. */
  controllerActivities: [string, Activity][];
  /** Activities carried out for customers (Art. 28), in register order. */
  processorActivities: [string, Activity][];
}

export function createContext(register: Register, lang: Lang): BuildContext {
  const labels = dataCategories(register);
  const activities = Object.entries(register.activities);
  const category = (id: string) => labels[id]?.label[lang] ?? id;
  const form = register.statement.address;
  return {
    register,
    lang,
    form,
    organization: oneLine(localize(register.organization.name, lang)),
    t: (texts) => addressed(textIn(lang, texts), form),
    text: (value) => oneLine(localize(value, lang)),
    clause: (value) => withoutFullStop(oneLine(localize(value, lang))),
    category,
    categories: (ids) => joinList(ids.map(category), lang),
    subjects: (ids) =>
      joinList(
        ids.map((id) => oneLine(localize(register.subjects[id]?.name, lang)) || id),
        lang,
      ),
    recipientName: (id) => oneLine(localize(register.recipients[id]?.name, lang)) || id,
    list: (items, conjunction = "and") => joinList(items, lang, conjunction),
    period: (period) => formatPeriod(period, lang),
    date: (iso) => formatDate(iso, lang),
    saysNone: (fact) => register.none.includes(fact),
    controllerActivities: activities.filter(([, a]) => a.role === "controller"),
    processorActivities: activities.filter(([, a]) => a.role === "processor"),
  };
}

/**
 * An anchor id from a register key. Keys are already safe (lower-case letters, digits, _ and .) and kept
 * verbatim, so two keys never share an anchor; the prefix keeps them apart from the fixed section ids.
 */
export function anchor(prefix: "activity" | "decision", key: string): string {
  return `${prefix}-${key}`;
}
