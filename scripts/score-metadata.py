#!/usr/bin/env python3
"""Score the metadata `claims parse` read from pages against a manifest of the truth.

usage: score-metadata.py MANIFEST.jsonl PREDICTIONS.ndjson [--json OUT] [--show]

For each article of MANIFEST (id, outlet, title, author, date) the prediction keyed id.html
is right when:
- outlet: equal after folding (case, punctuation, a leading "the") to the manifest's outlet,
  to its name before a parenthesis, or to a name inside it ("Deccan Herald (Reuters)" accepts
  "Deccan Herald" and "Reuters"; "Daily Express (Express.co.uk)" accepts "Express.co.uk");
- title: equal after folding, or equal once a trailing " | Site" or " - Site" (up to three
  words) is cut from one of them (the manifest keeps the site name on some titles);
- date: the same calendar day (the first ten characters of the manifest's date);
- authors: the same set of names after folding, the manifest's "A, B and C" split into names
  and a parenthetical note ("(analysis)") dropped; an empty manifest author wants no authors.
Prints the share right per field and, with --show, each miss.
"""
import argparse
import json
import re
import sys
import unicodedata


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def outlet_names(outlet):
    names = {fold(outlet)}
    main = re.sub(r"\s*\(.*\)\s*", " ", outlet).strip()
    names.add(fold(main))
    for inner in re.findall(r"\(([^)]*)\)", outlet):
        for part in re.split(r",|\bvia\b|/", inner):
            if part.strip():
                names.add(fold(part))
    return {n for n in names if n}


def cut_site(title):
    m = re.match(r"^(.*\S)\s+[|\-–—]\s+(\S+(?:\s+\S+){0,2})$", title)
    return m.group(1) if m else title


def same_title(got, want):
    a, b = fold(got), fold(want)
    return bool(a) and (a == b or fold(cut_site(got)) == b or a == fold(cut_site(want)))


def author_names(author):
    author = re.sub(r"\([^)]*\)", "", author or "")
    parts = re.split(r",| and | & |;", author)
    return {fold(p) for p in parts if fold(p)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("manifest")
    ap.add_argument("predictions")
    ap.add_argument("--json")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    truth = [json.loads(line) for line in open(args.manifest, encoding="utf-8") if line.strip()]
    pred = {}
    for line in open(args.predictions, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            pred[re.sub(r"\.html?(\.gz)?$", "", d["key"])] = d
    right = {"outlet": 0, "title": 0, "date": 0, "authors": 0}
    misses = []
    for t in truth:
        p = pred.get(t["id"], {})
        checks = {
            "outlet": fold(p.get("outlet") or "") in outlet_names(t["outlet"]),
            "title": same_title(p.get("title") or "", t["title"]),
            "date": (p.get("date") or "") == (t.get("date") or "")[:10],
            "authors": {fold(a) for a in p.get("authors") or [] if fold(a)} == author_names(t.get("author")),
        }
        for field, ok in checks.items():
            if ok:
                right[field] += 1
            else:
                want = {"outlet": t["outlet"], "title": t["title"], "date": (t.get("date") or "")[:10],
                        "authors": t.get("author")}[field]
                misses.append(f"  {t['id']} {field}: got {p.get(field)!r}, want {want!r}")
    n = len(truth)
    figures = {f"metadata_{k}": round(v / n, 4) for k, v in right.items()}
    for k, v in figures.items():
        print(f"{k:<18} {v}  ({right[k.split('_')[1]]}/{n})")
    if args.show:
        print("\n".join(misses))
    if args.json:
        json.dump(figures, open(args.json, "w"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
