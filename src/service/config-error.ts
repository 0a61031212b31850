/** A configuration the service cannot start with. The message names the setting, never its value. */
export class ConfigError extends Error {}
