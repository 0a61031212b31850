import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { FakeApi, type Received } from "./fake-api.js";

export const MAILCHIMP_KEY = "fake-mailchimp-key-us1";
export const LIST = "a1b2c3d4e5";

export interface Member {
  email_address: string;
  status: string;
  merge_fields: { FNAME: string; LNAME: string };
  ip_signup: string;
  timestamp_signup: string;
}

export function subscriberHash(email: string): string {
  return createHash("md5").update(email.toLowerCase()).digest("hex");
}

/** The member statuses the Marketing API takes in a PATCH; anything else is a 400 "Invalid Resource". */
const STATUSES = ["subscribed", "unsubscribed", "cleaned", "pending", "transactional"];

/**
 * The Mailchimp Marketing API's list members as its reference documents them: GET, PATCH (fields and
 * the status, e.g. "unsubscribed"), DELETE (archives) and the delete-permanent action on
 * /lists/{list_id}/members/{subscriber_hash}, basic authentication with the key as password, a 404
 * problem document for an unknown member.
 */
export class FakeMailchimp extends FakeApi {
  members = new Map<string, Member>();

  add(member: Member): void {
    this.members.set(subscriberHash(member.email_address), member);
  }

  protected authorised(req: IncomingMessage): boolean {
    const [, encoded] = /^Basic (.+)$/.exec(req.headers.authorization ?? "") ?? [];
    return (
      Buffer.from(encoded ?? "", "base64")
        .toString()
        .split(":")[1] === MAILCHIMP_KEY
    );
  }

  protected route(req: Received, url: URL) {
    const match = /^\/3\.0\/lists\/([^/]+)\/members\/([0-9a-f]{32})(\/actions\/delete-permanent)?$/.exec(url.pathname);
    if (!match || match[1] !== LIST) return notFound();
    const hash = match[2]!;
    const member = this.members.get(hash);
    if (!member) return notFound();
    if (req.method === "GET") return { status: 200, body: { id: hash, list_id: LIST, ...member } };
    if (req.method === "POST" && match[3]) {
      this.members.delete(hash);
      return { status: 204 };
    }
    // A plain DELETE archives the member: kept, sent nothing, shown as archived.
    if (req.method === "DELETE" && !match[3]) {
      member.status = "archived";
      return { status: 204 };
    }
    if (req.method === "PATCH") {
      const patch = JSON.parse(req.body) as Partial<Member>;
      if (patch.status !== undefined && !STATUSES.includes(patch.status))
        return { status: 400, body: { title: "Invalid Resource", status: 400, detail: "status is not valid" } };
      const updated = { ...member, ...patch, merge_fields: { ...member.merge_fields, ...patch.merge_fields } };
      this.members.delete(hash);
      this.members.set(subscriberHash(updated.email_address), updated);
      return { status: 200, body: { id: subscriberHash(updated.email_address), ...updated } };
    }
    return { status: 405, body: { title: "Method Not Allowed" } };
  }
}

function notFound() {
  return {
    status: 404,
    body: { type: "https://mailchimp.com/developer/marketing/docs/errors/", title: "Resource Not Found", status: 404 },
  };
}
