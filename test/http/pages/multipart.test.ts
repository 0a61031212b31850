import { describe, expect, it } from "vitest";
import { boundaryOf, MultipartError, parseMultipart } from "../../../src/http/pages/multipart.js";

const body = (parts: string[], boundary = "XyZ") =>
  Buffer.from(`${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("")}--${boundary}--\r\n`, "binary");

describe("the multipart reader", () => {
  it("reads fields and files, and skips an empty file input", () => {
    const parsed = parseMultipart(
      body([
        'Content-Disposition: form-data; name="answer"\r\n\r\nfiles',
        'Content-Disposition: form-data; name="note"\r\n\r\nline one\r\nline two',
        'Content-Disposition: form-data; name="files"; filename="scan \\"1\\".pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--not-the-end',
        'Content-Disposition: form-data; name="files"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n',
      ]),
      "XyZ",
    );
    expect(parsed.fields).toEqual({ answer: "files", note: "line one\r\nline two" });
    expect(parsed.files).toEqual([
      {
        field: "files",
        name: 'scan "1".pdf',
        mediaType: "application/pdf",
        content: Buffer.from("%PDF\r\n--not-the-end"),
      },
    ]);
  });

  it("finds the boundary, quoted or not, and refuses a body without one", () => {
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(boundaryOf("multipart/form-data; boundary=----x1")).toBe("----x1");
    expect(() => parseMultipart(Buffer.from("no parts"), "XyZ")).toThrow(MultipartError);
    expect(() =>
      parseMultipart(Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nopen'), "XyZ"),
    ).toThrow(MultipartError);
  });
});
