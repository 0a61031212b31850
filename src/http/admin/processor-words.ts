import type { Lang } from "../../kernel/index.js";
import type { ReviewState } from "../../processors/index.js";
import type { NoticeState } from "../../requests/index.js";

/** The console's words for the processors page and a request's Art. 19 notices, Dutch and English. */
export interface ProcessorConsoleWords {
  nav: string;
  title: string;
  intro: (days: number) => string;
  none: string;
  colName: string;
  colStatus: string;
  colSigned: string;
  colReview: string;
  colState: string;
  colSubProcessors: string;
  colDocument: string;
  state: Record<ReviewState, string>;
  daysLeft: (days: number) => string;
  noticesTitle: string;
  noticesIntro: string;
  noNotices: string;
  colRecipient: string;
  colChannel: string;
  colSent: string;
  colNoticeState: string;
  noticeState: Record<NoticeState, string>;
  reminders: (n: number) => string;
  acknowledgedBy: (by: string) => string;
  acknowledged: string;
  acknowledgedRecipient: string;
  acknowledgedNote: string;
}

const nl: ProcessorConsoleWords = {
  nav: "Verwerkers",
  title: "Verwerkers en verwerkersovereenkomsten",
  intro: (days) =>
    `Elke verwerker uit het register met de stand van zijn overeenkomst. De privacy officer krijgt ${days} dagen voor een herziening een herinnering, en nog een als die verlopen is.`,
  none: "Het register noemt geen verwerkers.",
  colName: "Verwerker",
  colStatus: "Overeenkomst",
  colSigned: "Getekend op",
  colReview: "Herziening",
  colState: "Stand",
  colSubProcessors: "Subverwerkers",
  colDocument: "Document",
  state: {
    unsigned: "niet getekend",
    no_review: "geen herziening vastgelegd",
    scheduled: "gepland",
    due_soon: "binnenkort",
    overdue: "verlopen",
  },
  daysLeft: (days) => (days < 0 ? `${-days} dagen over tijd` : `over ${days} dagen`),
  noticesTitle: "Berichten aan ontvangers (art. 19 AVG)",
  noticesIntro: "Elke ontvanger die over dit verzoek is ingelicht, en of hij het bericht heeft bevestigd.",
  noNotices: "Er is (nog) geen ontvanger ingelicht.",
  colRecipient: "Ontvanger",
  colChannel: "Via",
  colSent: "Verstuurd",
  colNoticeState: "Stand",
  noticeState: { sent: "verstuurd", open: "open: niet bevestigd", acknowledged: "bevestigd" },
  reminders: (n) => (n === 1 ? "1 herinnering" : `${n} herinneringen`),
  acknowledgedBy: (by) => `door ${by}`,
  acknowledged: "Bevestiging vastleggen",
  acknowledgedRecipient: "Welke ontvanger heeft het bericht op een andere manier bevestigd?",
  acknowledgedNote: "Hoe (optioneel)",
};

const en: ProcessorConsoleWords = {
  nav: "Processors",
  title: "Processors and processing agreements",
  intro: (days) =>
    `Every processor in the register with where its agreement stands. The privacy officer is reminded ${days} days before a review, and again once it is overdue.`,
  none: "The register names no processors.",
  colName: "Processor",
  colStatus: "Agreement",
  colSigned: "Signed on",
  colReview: "Review",
  colState: "State",
  colSubProcessors: "Sub-processors",
  colDocument: "Document",
  state: {
    unsigned: "not signed",
    no_review: "no review recorded",
    scheduled: "scheduled",
    due_soon: "due soon",
    overdue: "overdue",
  },
  daysLeft: (days) => (days < 0 ? `${-days} days overdue` : `in ${days} days`),
  noticesTitle: "Notices to recipients (Art. 19 GDPR)",
  noticesIntro: "Every recipient told about this request, and whether it acknowledged the notice.",
  noNotices: "No recipient has been told (yet).",
  colRecipient: "Recipient",
  colChannel: "By",
  colSent: "Sent",
  colNoticeState: "State",
  noticeState: { sent: "sent", open: "open: not acknowledged", acknowledged: "acknowledged" },
  reminders: (n) => (n === 1 ? "1 reminder" : `${n} reminders`),
  acknowledgedBy: (by) => `by ${by}`,
  acknowledged: "Record an acknowledgement",
  acknowledgedRecipient: "Which recipient acknowledged the notice another way?",
  acknowledgedNote: "How (optional)",
};

export const PROCESSOR_CONSOLE_WORDS: Record<Lang, ProcessorConsoleWords> = { nl, en };
