const OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
const GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Dotted-quad IPv4; leading zeros are refused because some systems read them as octal. */
export function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

/** IPv6 in its text forms: eight groups, one "::" for a run of zero groups, an IPv4 tail allowed. */
export function isIPv6(text: string): boolean {
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === "" ? [] : half.split(":")));
  const all = groups.flat();
  let count = all.length;
  const last = all[all.length - 1];
  if (last?.includes(".")) {
    // The dotted tail must end the address and stands for two groups.
    if (!isIPv4(last) || (halves.length === 2 && halves[1] === "")) return false;
    all.pop();
    count += 1;
  }
  if (!all.every((group) => GROUP.test(group))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export function isIpAddress(text: string): boolean {
  return isIPv4(text) || isIPv6(text);
}
