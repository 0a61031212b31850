/**
 * Who a request is about, as one of the identity types the register's datasets declare (`email`,
 * `customer_id`, ...) and its value. The value is personal data: it is bound as a query parameter,
 * kept encrypted, and never put in a log or an error message.
 */
export interface Identity {
  type: string;
  value: string;
}

/**
 * The form an e-mail address is compared in: without the white space around it, in Unicode NFC (a
 * precomposed ë, not e + combining diaeresis) and in lower case. One function for everything that
 * compares addresses (the engine's lookups, the service's request hashes and limits), so the command
 * line and the service find the same person for the same address however it was typed.
 */
export function normaliseEmail(value: string): string {
  return value.trim().normalize("NFC").toLowerCase();
}
