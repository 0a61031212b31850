/** KvK number (Chamber of Commerce): eight digits. There is no public checksum, so only the format is checked. */
export function isValidKvkNumber(text: string): boolean {
  return /^\d{8}$/.test(text.trim());
}

/** KvK branch number (vestigingsnummer): twelve digits, format only. */
export function isValidKvkBranchNumber(text: string): boolean {
  return /^\d{12}$/.test(text.trim());
}
