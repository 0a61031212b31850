import { createHash } from "node:crypto";

const REDACTED = "[redacted]";

/**
 * Scrubs the person's identities and the API's secrets from text that may reach a log or an error
 * message (a network library's message can quote the URL). Each value is scrubbed in every form a
 * request may carry it: as given, lower-case, URL-encoded (both ways of encoding a space) and hashed
 * the way the templates hash it.
 */
export class Redactor {
  private readonly forms: string[];

  constructor(values: readonly string[]) {
    const forms = new Set<string>();
    for (const value of values) {
      if (value.length < 3) continue; // too short to scrub without mangling the rest of the message
      const lower = value.trim().toLowerCase();
      for (const form of [value, value.trim(), lower]) {
        forms.add(form);
        forms.add(encodeURIComponent(form));
        forms.add(encodeURIComponent(form).replace(/%20/g, "+"));
      }
      forms.add(createHash("md5").update(lower).digest("hex"));
      forms.add(createHash("sha256").update(lower).digest("hex"));
    }
    // Longest first, so a form inside a longer one does not leave the rest of the longer one behind.
    this.forms = [...forms].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    // Ignoring case: an address, a hex hash or a percent-encoding may come back in another case.
    for (const form of this.forms) {
      const pattern = new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
      out = out.replace(pattern, REDACTED);
    }
    return out;
  }
}
