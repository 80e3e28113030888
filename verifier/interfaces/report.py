"""The readable report of ``verifier check --format text``: one block per claim with its
verdict, the election it was checked against, the explanation and the evidence rows."""
from __future__ import annotations

import click

COLOURS = {"SUPPORTED": "green", "REFUTED": "red", "NOT_ENOUGH_INFO": "yellow"}
HOUSES = {"LS": "Lok Sabha", "VS": "Vidhan Sabha"}


def election_words(election: dict | None) -> str:
    """``{"year": 2018, "kind": "bye", "house": "VS", "state": "Uttar Pradesh"}`` →
    "2018 Uttar Pradesh Vidhan Sabha by-election"."""
    if not election:
        return "no election identified"
    kind = "by-election" if election.get("kind") == "bye" else "general election"
    house = HOUSES.get(election.get("house"), election.get("house") or "")
    return " ".join(str(p) for p in (election.get("year"), election.get("state"), house, kind) if p)


def _fmt(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def evidence_table(rows: list[dict]) -> list[str]:
    """Evidence rows as aligned text columns."""
    header = ("candidate", "party", "votes", "position", "constituency", "source")
    body = [
        (r.get("candidate") or "-", r.get("party") or "-", _fmt(r.get("votes")), _fmt(r.get("position")),
         r.get("constituency") or "-", (r.get("source") or {}).get("title") or "-")
        for r in rows
    ]
    widths = [max(len(str(row[i])) for row in [header, *body]) for i in range(len(header))]
    return ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *body]]


def text_report(result: dict) -> str:
    """The whole report for one document result."""
    claims = result.get("claims", [])
    counts = {}
    for c in claims:
        counts[c["verdict"]] = counts.get(c["verdict"], 0) + 1
    summary = ", ".join(f"{n} {v}" for v, n in counts.items())
    lines = [f"{len(claims)} claim(s) found (as of {result.get('as_of')})" + (f": {summary}" if summary else "")]
    for i, c in enumerate(claims, 1):
        verdict = click.style(c["verdict"], fg=COLOURS.get(c["verdict"]), bold=True)
        lines += [
            "",
            f"[{i}] {verdict}  ({c.get('type')}, confidence {c.get('confidence', 0):.2f})",
            f"    \u201c{c.get('text', '')}\u201d  (characters {c.get('start')}-{c.get('end')})",
            f"    checked against: {election_words(c.get('election'))}"
            + (f", {c['constituency']['name']}" if c.get("constituency") else ""),
            f"    {c.get('explanation', '')}",
        ]
        if c.get("evidence"):
            lines.append("    evidence:")
            lines += ["      " + row for row in evidence_table(c["evidence"])]
    return "\n".join(lines)
