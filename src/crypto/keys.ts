/** Raised when a key is missing or unusable. The message names the variable, never its value. */
export class KeyConfigError extends Error {}

/** AES-256 wants exactly 32 bytes. */
export const DATA_KEY_BYTES = 32;

/**
 * The data key (identities and access packages are encrypted with it) from `WAARBORG_DATA_KEY`, as
 * base64 of 32 random bytes. It comes from the environment only: a key in the register or on a
 * command line would end up in version control or shell history.
 */
export function loadDataKey(env: NodeJS.ProcessEnv = process.env, variable = "WAARBORG_DATA_KEY"): Buffer {
  const text = env[variable]?.trim();
  if (!text)
    throw new KeyConfigError(
      `${variable} is not set: give it 32 random bytes as base64, e.g. the output of \`openssl rand -base64 32\``,
    );
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text))
    throw new KeyConfigError(`${variable} is not base64: give it 32 random bytes as base64`);
  const key = Buffer.from(text, "base64");
  if (key.length !== DATA_KEY_BYTES)
    throw new KeyConfigError(
      `${variable} holds ${key.length} bytes; AES-256 needs exactly ${DATA_KEY_BYTES} (\`openssl rand -base64 32\`)`,
    );
  return key;
}
