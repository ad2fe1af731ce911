#!/usr/bin/python3
"""Reads SecurityCoop CSV exports with Python's csv module in strict mode (RFC 4180 quoting) and prints JSON:
for each file its header, row count and, with --key COLUMN=VALUE, the first row whose COLUMN is VALUE.
Exit code 1 when a file is not well-formed CSV or a row has the wrong number of fields.
    /usr/bin/python3 read_csv.py F.csv [G.csv ...] [--key id=org:sco]
"""
import csv
import json
import sys


def read(path, key):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, strict=True))
    header, body = rows[0], rows[1:]
    bad = [i + 2 for i, row in enumerate(body) if len(row) != len(header)]
    if bad:
        raise ValueError(f"{path}: rows {bad[:5]} have a field count other than the header's {len(header)}")
    found = None
    if key:
        column, value = key.split("=", 1)
        if column in header:
            index = header.index(column)
            found = next((dict(zip(header, row)) for row in body if row[index] == value), None)
    return {"file": path, "header": header, "rows": len(body), "match": found}


def main(argv):
    key = None
    if "--key" in argv:
        i = argv.index("--key")
        key = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    try:
        print(json.dumps([read(path, key) for path in argv], indent=2))
    except (csv.Error, ValueError, OSError) as error:
        print(f"read_csv: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
