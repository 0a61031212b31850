/**
 * Company-register numbers of the states whose register the product knows (see member-states). A
 * Belgian enterprise number (KBO/BCE) has ten digits, starts with 0 or 1 and ends in 97 minus the first
 * eight modulo 97; the old nine-digit form is the same number without its leading 0. A German
 * Handelsregister number is HRA or HRB with the court's serial number, sometimes with a letter suffix.
 */
export function isValidBelgianEnterpriseNumber(text: string): boolean {
  const cleaned = text.replace(/^BE/i, "").replace(/[\s.-]/g, "");
  if (!/^\d{9,10}$/.test(cleaned)) return false;
  const digits = cleaned.padStart(10, "0");
  if (!/^[01]/.test(digits)) return false;
  const body = Number(digits.slice(0, 8));
  return body > 0 && 97 - (body % 97) === Number(digits.slice(8));
}

export function isValidGermanRegisterNumber(text: string): boolean {
  return /^HR[AB] ?\d{1,6}( ?[A-Z]{1,2})?$/.test(text.trim());
}
