import { cookieDeclarations } from "../../register/index.js";
import type { Rule } from "../rule.js";
import { purposeAt } from "./cookies.js";

export const bannerPrechecked: Rule = {
  id: "banner-prechecked",
  severity: "error",
  article: "GDPR Art. 4(11), CJEU C-673/17 (Planet49)",
  summary: "The consent banner has no pre-ticked boxes.",
  hint: "set consent.banner.prechecked: false",
  *run({ register }) {
    if (register.consent?.banner?.prechecked) {
      yield {
        path: ["consent", "banner", "prechecked"],
        message: "The banner ticks boxes in advance; a pre-ticked box is not consent.",
      };
    }
  },
};

export const bannerRejectNotEqual: Rule = {
  id: "banner-reject-not-equal",
  severity: "error",
  article: "GDPR Art. 4(11), Art. 7, EDPB Cookie Banner Taskforce report (2023)",
  summary: "Rejecting is as easy and as prominent as accepting, on the first layer.",
  hint: "set consent.banner.reject_on_first_layer: true and give the reject button the same weight",
  *run({ register }) {
    if (register.consent?.banner?.reject_on_first_layer === false) {
      yield {
        path: ["consent", "banner", "reject_on_first_layer"],
        message: "The banner offers no reject button on its first layer, so refusing is harder than accepting.",
      };
    }
  },
};

export const cookieWall: Rule = {
  id: "cookie-wall",
  severity: "error",
  article: "GDPR Art. 7(4), EDPB Guidelines 05/2020",
  summary: "No cookie wall: access to the site does not depend on accepting cookies.",
  hint: "set consent.banner.cookie_wall: false and let visitors in after refusing",
  *run({ register }) {
    if (register.consent?.banner?.cookie_wall) {
      yield {
        path: ["consent", "banner", "cookie_wall"],
        message: "The site is closed to visitors who refuse cookies; consent given to get in is not freely given.",
      };
    }
  },
};

export const tcfConsent: Rule = {
  id: "tcf-consent",
  severity: "error",
  article: "GDPR Art. 4(11), Art. 7, AP on IAB TCF, CJEU C-604/22",
  summary: "Consent is not collected through the IAB Transparency and Consent Framework.",
  hint: "ask consent with the register's own purposes instead of TCF",
  *run({ register }) {
    if (register.consent?.banner?.tcf) {
      yield {
        path: ["consent", "banner", "tcf"],
        message:
          "The banner uses the IAB TCF; the AP holds that the TCF in its current form yields no valid consent (Waarborg follows this stricter reading).",
      };
    }
  },
};

export const bannerWithdrawLinkMissing: Rule = {
  id: "banner-withdraw-link-missing",
  severity: "error",
  article: "GDPR Art. 7(3)",
  summary: "A persistent link lets visitors change or withdraw their cookie consent at any time.",
  hint: "set consent.banner.withdraw_link: true and put a cookie settings link on every page",
  *run({ register }) {
    if (register.consent?.banner?.withdraw_link === false) {
      yield {
        path: ["consent", "banner", "withdraw_link"],
        message: "There is no persistent link to withdraw cookie consent; withdrawing must be as easy as giving it.",
      };
    }
  },
};

const TRACKING = new Set(["marketing", "analytics", "social"]);

export const gpcNotHonoured: Rule = {
  id: "gpc-not-honoured",
  severity: "warning",
  article: "GDPR Art. 21(5)",
  summary: "With marketing or analytics cookies, the Global Privacy Control signal is honoured as an objection.",
  hint: "set consent.gpc: { honour: true }",
  *run({ register }) {
    if (register.consent?.gpc?.honour) return;
    const tracking = cookieDeclarations(register).find((c) => TRACKING.has(c.purpose));
    const covered = (register.cookie_policy?.covers ?? []).findIndex((kind) => TRACKING.has(kind));
    if (!tracking && covered < 0) return;
    const at =
      register.consent?.gpc !== undefined
        ? { path: ["consent", "gpc", "honour"] }
        : tracking
          ? purposeAt(tracking)
          : { path: ["cookie_policy", "covers", covered] };
    yield {
      ...at,
      message:
        "The site sets marketing or analytics cookies but does not honour the Global Privacy Control signal (Sec-GPC: 1) as an objection by automated means.",
    };
  },
};
