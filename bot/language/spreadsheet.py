"""Reading a list of offers as spreadsheets really write it: bytes in, typed rows or per-line problems out.

The same reader serves ``mpn-bot import`` and a file uploaded to the Import CSV modal, so it takes the
file's bytes and decides everything a person's spreadsheet leaves unsaid:

- **Encoding.** A BOM decides (UTF-8, UTF-16 LE/BE: Excel's "Unicode text"); without one, UTF-16 is
  recognised by its zero bytes, then UTF-8 is tried, then Windows-1252 (what Excel's plain "CSV" writes in
  Western Europe: "Données", "€", curly quotes). Anything else, or text holding control characters (an
  image, an ``.xlsx``), is "not a text file".
- **Separator.** ``;`` (Excel where the decimal comma is usual, the Netherlands included), ``,`` or tab
  (UTF-16 text). An Excel ``sep=;`` first line decides; otherwise ``csv.Sniffer`` restricted to those
  three guesses, and the guess is checked against the header: the separator that splits the first line
  into known column names wins; failing that, the one the first line holds most; failing that, ``,``.
- **Header.** The first non-blank line names the columns, in English or Dutch, in any order and case:
  ``name``/``naam``, ``kind``/``soort``/``type``, ``anniversary``/``jubileumdatum``/``verjaardag``.
  Empty header cells (Excel's trailing ``;;``) are ignored; an unknown or doubled column is refused.
- **Language of the file.** Dutch if the separator is ``;`` or any header word is Dutch, else English.
  It decides one thing only: in a Dutch file a date written with dashes or dots (``10-3-2021``,
  ``10-03-2021``, ``1.4.2021``, the way Dutch Excel writes dates) is day-first. Everything else is read
  as ``/mpn add`` reads chat: ISO always, month names in either language, and a date that reads two ways
  in its file (``03/04/2021`` anywhere; ``10-3-2021`` in an English file) is never guessed: the line is
  refused and asks for YYYY-MM-DD.
- **Kinds** are ``/mpn add``'s words (``competency``, ``competentie``, ``specialization``,
  ``advanced specialization``, ``geavanceerde specialisatie``, ...) and the stored values the export writes.
- **Formulas.** The export puts ``'`` before a cell a spreadsheet would run (``=``, ``+``, ``-``, ``@``);
  that guard is taken off again here (``storage.csv_io.restore_cell``).

Names are passed on as written (trimmed): ``storage.import_offers`` checks them (empty, too long, control
characters, duplicates) with the stored offers in sight, in the same all-or-nothing transaction.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

import rules
from bot.core.answers import check_anniversary
from bot.core.errors import UserError
from bot.language.dates import DateInputError, parse_user_date
from bot.language.i18n import Lang, format_day
from bot.slash.grammar import KIND_WORDS
from storage.csv_io import restore_cell

#: Refused above this size before any decoding: a list of offers is a few kilobytes.
MAX_FILE_BYTES: Final = 2 * 1024 * 1024
#: Refused above this many rows: far more offers than any partner holds.
MAX_ROWS: Final = 5_000
DELIMITERS: Final = (";", ",", "\t")

#: Header words -> (column, the language the word is in; None for a word both languages use).
HEADER_WORDS: Final[Mapping[str, tuple[str, Lang | None]]] = {
    "name": ("name", "en"),
    "offer": ("name", None),
    "naam": ("name", "nl"),
    "kind": ("kind", "en"),
    "soort": ("kind", "nl"),
    "type": ("kind", None),
    "anniversary": ("anniversary", "en"),
    "anniversary date": ("anniversary", "en"),
    "jubileumdatum": ("anniversary", "nl"),
    "jubileum": ("anniversary", "nl"),
    "verjaardag": ("anniversary", "nl"),
}
COLUMNS: Final = ("name", "kind", "anniversary")
_KINDS: Final[Mapping[str, rules.Kind]] = {
    **{word.replace("_", "-"): kind for word, kind in KIND_WORDS.items()},
    **{kind.value.replace("_", "-"): kind for kind in rules.Kind},
    "advanced-specialisation": rules.Kind.ADVANCED_SPECIALIZATION,
    "geavanceerde-specialisatie": rules.Kind.ADVANCED_SPECIALIZATION,
}
_KIND_SEPARATORS = re.compile(r"[\s_\-]+")
_DUTCH_DATE = re.compile(r"([0-9]{1,2})([-.])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})")
_SEP_HINT = re.compile(r"sep=([;,\t|])", re.IGNORECASE)
_ALLOWED_CONTROLS = frozenset("\t\r\n")


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One offer read from the file; ``line`` counts the file's physical lines from 1."""

    line: int
    name: str
    kind: rules.Kind
    anniversary: date


@dataclass(frozen=True, slots=True)
class SheetProblem:
    """Why a line (``line``; 0 for the whole file) cannot be imported: a ``code`` and its ``params``."""

    line: int
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """The problem in plain English words, for an operator's terminal."""
        return describe(self.code, self.params)


@dataclass(frozen=True, slots=True)
class Sheet:
    """What was read: the rows that could be read, the problems of the others, and how the file was read."""

    rows: tuple[SheetRow, ...] = ()
    problems: tuple[SheetProblem, ...] = ()
    encoding: str = ""
    delimiter: str = ","
    language: Lang = "en"

    def how_read(self) -> str:
        """``read as Dutch (';'-separated, Windows-1252)``: what an operator should check when rows look off."""
        names = {";": "';'", ",": "','", "\t": "tab"}
        language = "Dutch" if self.language == "nl" else "English"
        separator = names.get(self.delimiter, f"'{self.delimiter}'")
        return f"read as {language} ({separator}-separated, {self.encoding})"


def _file_problem(code: str, **params: Any) -> Sheet:
    return Sheet(problems=(SheetProblem(0, code, params),))


def read_offer_sheet(data: bytes, *, today: date | None = None) -> Sheet:
    """Read an offers file; never raises for any bytes. ``today`` (the workspace's date) lets a date
    without its year be answered with an example, and ``today``/``vandaag`` be read."""
    if len(data) > MAX_FILE_BYTES:
        return _file_problem("sheet.too_big", size=len(data), limit=MAX_FILE_BYTES)
    decoded = _decode(data)
    if decoded is None:
        return _file_problem("sheet.not_text")
    text, encoding = decoded
    if not text.strip():
        return _file_problem("sheet.empty")
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    hint = _SEP_HINT.fullmatch(lines[first].strip())
    if hint is not None:
        delimiter = hint.group(1)
    else:
        delimiter = _delimiter(lines[first], [line for line in lines[first : first + 20] if line.strip()])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[SheetRow] = []
    problems: list[SheetProblem] = []
    language: Lang = "nl" if delimiter == ";" else "en"
    columns: dict[str, int] | None = None
    skip_hint = hint is not None
    count = 0
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if skip_hint:
                skip_hint = False
                continue
            if columns is None:
                columns, header_problems, header_language = _header(cells, reader.line_num)
                if header_problems:
                    return Sheet(problems=tuple(header_problems), encoding=encoding, delimiter=delimiter)
                language = "nl" if header_language == "nl" else language
                continue
            count += 1
            if count > MAX_ROWS:
                return _file_problem("sheet.too_many_rows", limit=MAX_ROWS)
            row = _row(reader.line_num, cells, columns, language, today, problems)
            if row is not None:
                rows.append(row)
    except csv.Error as err:
        problems.append(SheetProblem(reader.line_num, "sheet.bad_csv", {"error": str(err)}))
    if columns is None and not problems:
        return _file_problem("sheet.empty")
    return Sheet(tuple(rows), tuple(problems), encoding, delimiter, language)


# -- bytes to text -----------------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str] | None:
    """``(text, the encoding's name for people)``, or None when the bytes are not text we can read."""
    attempts: list[tuple[bytes, str, str]]
    if data.startswith(b"\xef\xbb\xbf"):
        attempts = [(data[3:], "utf-8", "UTF-8 with BOM")]
    elif data.startswith(b"\xff\xfe"):
        attempts = [(data[2:], "utf-16-le", "UTF-16 LE")]
    elif data.startswith(b"\xfe\xff"):
        attempts = [(data[2:], "utf-16-be", "UTF-16 BE")]
    elif b"\x00" in data:
        sample = data[:4096]
        even, odd = sample[0::2], sample[1::2]
        if odd and odd.count(0) >= 0.5 * len(odd) and even.count(0) == 0:
            attempts = [(data, "utf-16-le", "UTF-16 LE")]
        elif even and even.count(0) >= 0.5 * len(even) and odd.count(0) == 0:
            attempts = [(data, "utf-16-be", "UTF-16 BE")]
        else:
            return None
    else:
        attempts = [(data, "utf-8", "UTF-8"), (data, "cp1252", "Windows-1252")]
    for raw, codec, name in attempts:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if any(unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS for ch in text):
            return None
        return text.removeprefix("\ufeff"), name
    return None


# -- separator and header ----------------------------------------------------------------------------------


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _header_key(cell: str) -> str:
    folded = unicodedata.normalize("NFKC", cell)
    folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf").casefold()
    return " ".join(folded.replace("_", " ").replace("-", " ").split())


def _known_columns(line: str, delimiter: str) -> set[str]:
    return {HEADER_WORDS[k][0] for k in map(_header_key, _split(line, delimiter)) if k in HEADER_WORDS}


def _delimiter(header_line: str, sample_lines: list[str]) -> str:
    try:
        sniffed: str | None = (
            csv.Sniffer().sniff("\n".join(sample_lines), delimiters="".join(DELIMITERS)).delimiter
        )
    except csv.Error:
        sniffed = None
    candidates = ([sniffed] if sniffed else []) + [d for d in DELIMITERS if d != sniffed]
    for candidate in candidates:
        if _known_columns(header_line, candidate) == set(COLUMNS):
            return candidate
    if sniffed:
        return sniffed
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header(cells: list[str], line: int) -> tuple[dict[str, int], list[SheetProblem], Lang | None]:
    """Column -> cell index, the header's problems, and the header's language (if any word has one)."""
    columns: dict[str, int] = {}
    problems: list[SheetProblem] = []
    language: Lang | None = None
    for index, cell in enumerate(cells):
        key = _header_key(cell)
        if not key:
            continue
        if key not in HEADER_WORDS:
            problems.append(SheetProblem(line, "sheet.unknown_column", {"column": cell.strip()}))
            continue
        column, word_language = HEADER_WORDS[key]
        if column in columns:
            problems.append(
                SheetProblem(
                    line,
                    "sheet.duplicate_column",
                    {"column": column, "first": cells[columns[column]].strip(), "second": cell.strip()},
                )
            )
            continue
        columns[column] = index
        language = language or word_language
    missing = [c for c in COLUMNS if c not in columns]
    if not columns:  # no header at all (a file starting with data): one problem, not one per cell
        problems = []
    if missing and not problems:
        found = [cell.strip() for cell in cells if cell.strip()]
        problems.append(SheetProblem(line, "sheet.missing_columns", {"missing": missing, "found": found}))
    return columns, problems, language


# -- one row -----------------------------------------------------------------------------------------------


def _row(
    line: int,
    cells: list[str],
    columns: dict[str, int],
    language: Lang,
    today: date | None,
    problems: list[SheetProblem],
) -> SheetRow | None:
    used = set(columns.values())
    stray = [i for i, cell in enumerate(cells) if i not in used and cell.strip()]
    if stray or len(cells) <= max(used):
        problems.append(SheetProblem(line, "sheet.bad_row", {"cells": len(cells), "expected": len(columns)}))
        return None
    name = restore_cell(cells[columns["name"]].strip())
    kind = _kind(restore_cell(cells[columns["kind"]].strip()))
    if kind is None:
        problems.append(SheetProblem(line, "sheet.unknown_kind", {"text": cells[columns["kind"]].strip()}))
    anniversary: date | None = None
    date_text = restore_cell(cells[columns["anniversary"]].strip())
    try:
        anniversary = _date(date_text, language, today)
    except DateInputError as err:
        problems.append(SheetProblem(line, err.code, {**err.params, "text": date_text[:40]}))
    if anniversary is not None and today is not None:
        try:  # a year typed as 1999 or 2031: refused as by /mpn add and the Add modal
            check_anniversary(anniversary, today)
        except UserError as err:
            problems.append(SheetProblem(line, err.key, {**err.params, "text": date_text[:40]}))
            anniversary = None
    if kind is None or anniversary is None:
        return None
    return SheetRow(line, name, kind, anniversary)


def _kind(text: str) -> rules.Kind | None:
    key = _KIND_SEPARATORS.sub("-", unicodedata.normalize("NFKC", text).casefold()).strip("-")
    return _KINDS.get(key)


def _date(text: str, language: Lang, today: date | None) -> date:
    """``/mpn add``'s reading (year required), and in a Dutch file dashed or dotted dates day-first."""
    if language == "nl" and (match := _DUTCH_DATE.fullmatch(text)):
        day, _, month, year = match.groups()
        full_year = 2000 + int(year) if len(year) == 2 else int(year)
        try:
            return parse_user_date(f"{full_year:04d}-{int(month):02d}-{int(day):02d}", language)
        except DateInputError as err:
            raise DateInputError(err.code, {**err.params, "text": text}) from None
    return parse_user_date(text, language, today=today, year_required=True)


# -- plain words -------------------------------------------------------------------------------------------

_COLUMN_WORDS: Final = "name, kind and anniversary (in Dutch: naam, soort, jubileumdatum), in any order"
_ISO: Final = "write it as YYYY-MM-DD"


def _day(value: Any) -> str:
    return format_day(value, "en") if isinstance(value, date) else str(value)


def describe(code: str, params: Mapping[str, Any], *, update_hint: str = "use --merge to update it") -> str:
    """One problem of an import in plain English: the reader's (``sheet.*``, ``date.*``) and storage's
    (``name_*``, ``duplicate_name``, ...). ``update_hint`` says how to update an offer the file changes.

    Operator text, kept in English on purpose and outside the catalogue: ``mpn-bot import`` / ``export``
    print it on the terminal of whoever runs the CLI (``bot.cli``), like every other operator message
    (one line, exit 2), with the CLI's own flags in it (``--merge``). It never reaches Slack: the Import
    CSV modal words the same codes through the catalogue in the reader's language
    (``bot.render.import_modal.problem_text``, which falls back to a catalogue line, not to this), and
    tests/slack/test_import_modal.py holds every code to that."""
    p = dict(params)
    text = p.get("text", "")
    if code == "sheet.too_big":
        return f"the file is {p['size'] / 1e6:.1f} MB; the limit is {p['limit'] / 1e6:.0f} MB (a few thousand offers)"
    if code == "sheet.too_many_rows":
        return f"the file has more than {p['limit']:,} rows, the most one import takes"
    if code == "sheet.empty":
        return "the file is empty: its first line must name the columns " + _COLUMN_WORDS
    if code == "sheet.not_text":
        return (
            "this is not a text file in UTF-8, UTF-16 or Windows-1252 (an Excel workbook or an image?): "
            "save it from the spreadsheet as CSV"
        )
    if code == "sheet.missing_columns":
        found = ", ".join(f"“{f}”" for f in p["found"]) or "nothing"
        return f"the first line names no {' or '.join(p['missing'])} column (found {found}): it must name {_COLUMN_WORDS}"
    if code == "sheet.unknown_column":
        return f"unknown column “{p['column']}”: the columns are {_COLUMN_WORDS}"
    if code == "sheet.duplicate_column":
        return f"two columns are the {p['column']} (“{p['first']}” and “{p['second']}”): keep one"
    if code == "sheet.bad_row":
        return f"this line has {p['cells']} cells, but the header names {p['expected']} columns"
    if code == "sheet.bad_csv":
        return f"this line cannot be read as CSV ({p['error']}): check its quotes"
    if code == "sheet.unknown_kind":
        what = f"the kind “{text}” is not one I know" if text else "the kind is empty"
        return (
            f"{what}: write competency or advanced specialization (competentie, geavanceerde specialisatie)"
        )
    if code == "date.ambiguous":
        return (
            f"the anniversary “{text}” could be {_day(p['first'])} or {_day(p['second'])}, and I don't guess: "
            f"{_ISO} ({p['first_iso']} or {p['second_iso']})"
        )
    if code == "date.impossible":
        return f"the anniversary “{text}” is not a real date (that month has fewer days): check it, or {_ISO}"
    if code == "date.year_missing":
        return f"the anniversary “{text}” has no year: {_ISO}, for example {p['example']}"
    if code == "date.weekday_mismatch":
        return f"in “{text}”, {_day(p['day'])} is a {p['actual_weekday']}, not a {p['typed_weekday']}: {_ISO}"
    if code == "anniversary.too_early":
        return f"the anniversary {_day(p['date'])} is before 2000: no MPN anniversary is that old (a mistyped year?)"
    if code == "anniversary.too_late":
        return f"the anniversary {_day(p['date'])} is more than two years away (a mistyped year?)"
    if code in ("date.invalid", "invalid_date"):
        value = text or p.get("value", "")
        if not value:
            return f"the anniversary is empty: {_ISO}, for example 2021-03-10"
        return f"the anniversary “{value}” is not a date I can read: {_ISO}, for example 2021-03-10"
    if code == "name_empty":
        return "the name is empty"
    if code == "name_too_long":
        return f"the name is {p['length']} characters long; the most is {p['max_length']}"
    if code == "name_invalid_chars":
        return "the name holds control characters (a tab or a line break inside the cell?)"
    if code == "duplicate_name":
        if "line" in p:
            return f"“{p['name']}” is on line {p['line']} already (as “{p['existing']}”)"
        if "existing_anniversary" in p:
            kind = p["existing_kind"].replace("_", " ")
            tracked = "" if p["existing"] == p["name"] else f" as “{p['existing']}”"
            return (
                f"“{p['name']}” is already tracked{tracked} ({kind}, anniversary "
                f"{p['existing_anniversary']}) and this line changes it: {update_hint}"
            )
        return f"“{p['name']}” is already tracked (as “{p['existing']}”)"
    if code == "unknown_kind":
        return describe("sheet.unknown_kind", {"text": p.get("kind", "")})
    if code == "unknown_workspace":
        return f"no workspace {p.get('team_id')} is installed (check the team id)"
    if code == "database_busy":
        return "the database is busy (another process is writing): try again in a moment"
    return code.replace("_", " ").replace(".", ": ")
