"""The reference verdicts for the validator agreement test.

Reads one JSON object from stdin, {"iban": [...], "nl_btw": [...], "nl_postcode": [...],
"eu_vat": [...]}, and writes the same keys with one boolean per value: whether python-stdnum
accepts it. A key may carry a label after a colon ("eu_vat:compact") to send a second list to
the same validator. Everything in one process, so thousands of values cost one interpreter start.
"""
import json
import sys

from stdnum import iban, numdb
from stdnum.eu import vat
from stdnum.nl import btw, postcode

def known_belgian_bank(code):
    # python-stdnum also refuses Belgian IBANs whose bank code its own bank list lacks.
    return bool(numdb.get("be/banks").info(code)[0][1])


VALIDATORS = {
    "be_bank": known_belgian_bank,
    "iban": iban.is_valid,
    "nl_btw": btw.is_valid,
    "nl_postcode": postcode.is_valid,
    "eu_vat": vat.is_valid,
}


def verdict(validate, value):
    # Some modules raise other errors than ValidationError on odd input: that is a rejection too.
    try:
        return bool(validate(value))
    except Exception:
        return False


def main():
    request = json.load(sys.stdin)
    answer = {key: [verdict(VALIDATORS[key.split(':')[0]], v) for v in values] for key, values in request.items()}
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
