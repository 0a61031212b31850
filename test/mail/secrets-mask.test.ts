import { describe, expect, it } from "vitest";
import { MASK, maskSecrets } from "../../src/mail/index.js";

describe("masking an outbox message's secrets", () => {
  it("masks codes and the tokens in status, download, confirmation and unsubscribe links", () => {
    const token = "Zk3-9_qLmN0pQrStUvWxYz0123456789abcdefGHIJ";
    const text = [
      "Your verification code: 048213",
      `Status: https://privacy.example.nl/status/${token}?lang=en`,
      `Download: http://localhost:3000/download/${token}`,
      `Confirm: https://privacy.example.nl/subscribe/confirm/${token}`,
      `Unsubscribe: https://privacy.example.nl/unsubscribe/${token}`,
    ].join("\n");
    const masked = maskSecrets(text);
    expect(masked).not.toContain(token);
    expect(masked).not.toContain("048213");
    expect(masked).toContain(`code: ${MASK}`);
    expect(masked).toContain(`https://privacy.example.nl/status/${MASK}?lang=en`);
    expect(masked).toContain(`http://localhost:3000/download/${MASK}`);
  });

  it("leaves words, dates, phone numbers and plain addresses alone", () => {
    const text = "Verwerkingsverantwoordelijke, 5 maart 2025, 0612345678, https://privacy.example.nl/nl/privacy";
    expect(maskSecrets(text)).toBe(text);
  });
});
