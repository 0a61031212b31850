/*
 * The tenants directory (processor mode): each customer of the company by the key its rows carry in
 * a collection's tenant column, with the name and privacy contact a referred person is given.
 */

export interface TenantsTable {
  /** The tenant's key, as in the collections' tenant column and on its API tokens. */
  key: string;
  /** The customer's name as a person would recognise it. */
  name: string;
  /** Where the customer takes privacy requests: an e-mail address, a web page, or both (at least one). */
  privacy_email: string | null;
  privacy_url: string | null;
  /**
   * Where the tenant is told, by a signed POST, that one of its requests moved; null for none. Only
   * https (http on localhost for a test receiver). The signing secret is derived, never stored.
   */
  callback_url: string | null;
  created_at: string;
  updated_at: string;
}
