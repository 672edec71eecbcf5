"""Rendering, one way for every table: rates and deltas formatted once, Markdown / LaTeX / HTML by
``tabulate`` (which escapes every HTML cell), and the small self-contained page the report embeds."""

from __future__ import annotations

import html
import math
import re

import polars as pl
from tabulate import tabulate

from r1safe.report.pairs import DELTA_LABELS, PAIRS, ROLES


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def fmt_rate(v, lo=None, hi=None) -> str:
    """A rate with its interval: ``0.500 [0.09, 0.91]``; ``–`` when there is none (never 0)."""
    if _missing(v):
        return "–"
    return f"{v:.3f}" if _missing(lo) or _missing(hi) else f"{v:.3f} [{lo:.2f}, {hi:.2f}]"


def fmt_delta(v, lo=None, hi=None, sig=None) -> str:
    """A difference with its interval and significance mark: ``+0.600 [+0.20, +0.90] *``."""
    if _missing(v):
        return "–"
    s = f"{v:+.3f}"
    if not _missing(lo) and not _missing(hi):
        s += f" [{lo:+.2f}, {hi:+.2f}]"
    return s + (" *" if sig else "")


def to_markdown(table: pl.DataFrame, metric_keys: list[str], label_cols: list[str], fmt: str = "github",
                headers: list[str] | None = None) -> str:
    """A wide table of rates (``key``, ``key_lo``, ``key_hi`` columns) in a tabulate format."""
    headers = label_cols + (headers or [k.upper() for k in metric_keys])
    body = [[r[c] for c in label_cols] + [fmt_rate(r[k], r[f"{k}_lo"], r[f"{k}_hi"]) for k in metric_keys]
            for r in table.iter_rows(named=True)]
    return tabulate(body, headers=headers, tablefmt=fmt, disable_numparse=True)


def paired_text(table: pl.DataFrame, fmt: str = "github", *, safe: bool = True) -> str:
    """A paired-comparison table (r1safe.report.compare) in a tabulate format: base, original, an
    external safe version and r1safe's safe version, where the table has them, with their deltas."""
    def has(role):
        return table.height > 0 and table[role].drop_nulls().len() > 0

    present = {"base": has("base"), "original": True, "external": has("external"), "safe": safe}
    roles = [r for r in ROLES if present[r]]
    deltas = [sfx for sfx in DELTA_LABELS if all(present[r] for r in PAIRS[sfx])]
    headers = ["model", "domain", "metric", *("external safe" if r == "external" else r for r in roles),
               *(DELTA_LABELS[sfx] for sfx in deltas)]
    body = []
    for r in table.iter_rows(named=True):
        line = [r["model"], r["domain_name"], r["metric"]]
        line += [fmt_rate(r[x], r[f"{x}_lo"], r[f"{x}_hi"]) for x in roles]
        line += [fmt_delta(r[f"delta{sfx}"], r[f"delta_lo{sfx}"], r[f"delta_hi{sfx}"], r[f"sig{sfx}"]) for sfx in deltas]
        body.append(line)
    return tabulate(body, headers=headers, tablefmt=fmt, disable_numparse=True)


def inline_html(text: str) -> str:
    """A caption written in Markdown, as HTML: escaped, with its `code`, **bold** and _emphasis_ spans
    rendered (a report reader sees code, not backticks)."""
    out = html.escape(text, quote=False)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    out = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", out)
    return re.sub(r"(?<![\w/])_([^_]+)_(?![\w/])", r"<i>\1</i>", out)


def html_page(title: str, body: str) -> str:
    """A small self-contained page; ``body`` is HTML whose text is already escaped."""
    title = html.escape(title)
    return ("<!doctype html><html><head><meta charset='utf-8'><style>body{font-family:sans-serif;font-size:13px}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}"
            f"</style><title>{title}</title></head><body><h3>{title}</h3>{body}</body></html>\n")
