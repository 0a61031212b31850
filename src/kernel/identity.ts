/**
 * Who a request is about, as one of the identity types the register's datasets declare (`email`,
 * `customer_id`, ...) and its value. The value is personal data: it is bound as a query parameter,
 * kept encrypted, and never put in a log or an error message.
 */
export interface Identity {
  type: string;
  value: string;
}
