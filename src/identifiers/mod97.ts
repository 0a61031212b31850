/**
 * The remainder of an alphanumeric string read as a number with letters as base-36 values
 * (A=10 .. Z=35), as ISO 7064 MOD 97-10 does for IBANs and Dutch BTW-ids. Worked in chunks so
 * long strings never lose precision. Returns undefined for characters other than 0-9 and A-Z.
 */
export function mod97(text: string): number | undefined {
  let remainder = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    let value: number;
    if (code >= 48 && code <= 57) value = code - 48;
    else if (code >= 65 && code <= 90) value = code - 55;
    else return undefined;
    // A letter stands for two digits, a digit for one.
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder;
}
