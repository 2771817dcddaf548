"""Reading an offers spreadsheet as Excel (and people) really write it: bytes in, typed rows or per-line
problems out (``bot.language.spreadsheet``)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.spreadsheet import MAX_FILE_BYTES, MAX_ROWS, SheetRow, describe, read_offer_sheet
from rules import Kind

TODAY = date(2021, 3, 20)
C, A = Kind.COMPETENCY, Kind.ADVANCED_SPECIALIZATION


def rows(data: bytes) -> list[tuple[int, str, Kind, date]]:
    sheet = read_offer_sheet(data, today=TODAY)
    assert not sheet.problems, [p.text() for p in sheet.problems]
    return [(r.line, r.name, r.kind, r.anniversary) for r in sheet.rows]


def problems(data: bytes) -> list[tuple[int, str]]:
    sheet = read_offer_sheet(data, today=TODAY)
    return [(p.line, p.code) for p in sheet.problems]


# -- encodings and separators ------------------------------------------------------------------------


def test_dutch_excel_semicolons_windows_1252_without_bom_and_day_first_dates() -> None:
    text = "Naam;Soort;Jubileumdatum\r\nDonnées €uro “Cloud”;competentie;10-3-2021\r\nKubernetes;geavanceerde specialisatie;01-04-2021\r\n"
    sheet = read_offer_sheet(text.encode("cp1252"), today=TODAY)
    assert not sheet.problems
    assert (sheet.encoding, sheet.delimiter, sheet.language) == ("Windows-1252", ";", "nl")
    assert [(r.line, r.name, r.kind, r.anniversary) for r in sheet.rows] == [
        (2, "Données €uro “Cloud”", C, date(2021, 3, 10)),
        (3, "Kubernetes", A, date(2021, 4, 1)),
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_unicode_text_is_tab_separated(codec: str) -> None:
    text = "name\tkind\tanniversary\r\nCloud Platform\tcompetency\t2021-03-10\r\nSécurité\tspecialization\t2021-05-01\r\n"
    data = text.encode(codec)
    if codec != "utf-16":  # Excel always writes the BOM; add it for the explicit byte orders
        data = ("\ufeff" + text).encode(codec)
    sheet = read_offer_sheet(data, today=TODAY)
    assert not sheet.problems
    assert sheet.delimiter == "\t" and sheet.encoding.startswith("UTF-16")
    assert [(r.name, r.kind) for r in sheet.rows] == [("Cloud Platform", C), ("Sécurité", A)]


def test_utf8_with_bom_and_commas() -> None:
    data = "\ufeffname,kind,anniversary\nCloud Platform,competency,2021-03-10\n".encode()
    sheet = read_offer_sheet(data, today=TODAY)
    assert (sheet.encoding, sheet.delimiter, sheet.language) == ("UTF-8 with BOM", ",", "en")
    assert rows(data) == [(2, "Cloud Platform", C, date(2021, 3, 10))]


def test_utf8_without_bom_with_accents() -> None:
    assert rows("name,kind,anniversary\nDonnées,competency,2021-03-10\n".encode()) == [
        (2, "Données", C, date(2021, 3, 10))
    ]


def test_quoted_cells_with_separators_inside() -> None:
    data = b'naam;soort;jubileumdatum\n"Security; Compliance";competentie;2021-03-10\n'
    assert rows(data) == [(2, "Security; Compliance", C, date(2021, 3, 10))]
    data = b'name,kind,anniversary\n"Security, Compliance and Identity",competency,2021-03-10\n'
    assert rows(data)[0][1] == "Security, Compliance and Identity"


def test_excels_sep_hint_line_is_honoured() -> None:
    data = b"sep=;\nname;kind;anniversary\nCloud Platform;competency;2021-03-10\n"
    assert rows(data) == [(3, "Cloud Platform", C, date(2021, 3, 10))]


def test_trailing_empty_cells_and_blank_lines_are_ignored() -> None:
    data = b"naam;soort;jubileumdatum;;\n;;;;\nCloud;competentie;10-03-2021;;\n\n"
    assert rows(data) == [(3, "Cloud", C, date(2021, 3, 10))]


# -- headers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "anniversary,name,kind",
        "Kind , NAME, Anniversary",
        "naam,type,verjaardag",
        "jubileumdatum,soort,naam",
        "Name,Type,Anniversary date",
    ],
)
def test_header_in_english_or_dutch_in_any_order(header: str) -> None:
    columns = [h.strip().casefold() for h in header.split(",")]
    values = {"name": "Cloud Platform", "kind": "competency", "anniversary": "2021-03-10"}
    role = {
        "anniversary": "anniversary",
        "anniversary date": "anniversary",
        "jubileumdatum": "anniversary",
        "verjaardag": "anniversary",
        "name": "name",
        "naam": "name",
        "kind": "kind",
        "soort": "kind",
        "type": "kind",
    }
    line = ",".join(values[role[c]] for c in columns)
    assert rows(f"{header}\n{line}\n".encode()) == [(2, "Cloud Platform", C, date(2021, 3, 10))]


def test_dutch_header_words_mean_dutch_dates_even_with_commas() -> None:
    sheet = read_offer_sheet(b"naam,soort,jubileumdatum\nCloud,competentie,10-3-2021\n", today=TODAY)
    assert sheet.language == "nl" and sheet.rows[0].anniversary == date(2021, 3, 10)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"name,kind\nA,competency\n", "sheet.missing_columns"),
        (b"name,kind,anniversary,notes\nA,competency,2021-01-01,x\n", "sheet.unknown_column"),
        (b"name,naam,kind,anniversary\n", "sheet.duplicate_column"),
        (b"Cloud Platform,competency,2021-03-10\n", "sheet.missing_columns"),
    ],
)
def test_a_header_that_is_not_ours_is_one_problem_on_its_line(data: bytes, code: str) -> None:
    assert problems(data) == [(1, code)]


# -- kinds and dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("competency", C),
        ("Competentie", C),
        ("specialization", A),
        ("specialisation", A),
        ("specialisatie", A),
        ("advanced specialization", A),
        ("Advanced Specialisation", A),
        ("geavanceerde specialisatie", A),
        ("advanced_specialization", A),  # what the export writes
        ("advanced-specialization", A),
    ],
)
def test_kind_words_are_those_of_mpn_add(word: str, kind: Kind) -> None:
    assert rows(f"name,kind,anniversary\nX,{word},2021-03-10\n".encode())[0][2] == kind


@pytest.mark.parametrize("word", ["gold", "", "certification"])
def test_an_unknown_or_missing_kind_is_a_problem_on_its_line(word: str) -> None:
    assert problems(f"name,kind,anniversary\nX,{word},2021-03-10\n".encode()) == [(2, "sheet.unknown_kind")]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2021-03-10", date(2021, 3, 10)),
        ("10 maart 2021", date(2021, 3, 10)),
        ("March 10, 2021", date(2021, 3, 10)),
        ("25/03/2021", date(2021, 3, 25)),
        ("3/25/2021", date(2021, 3, 25)),
    ],
)
def test_dates_read_as_chat_reads_them(cell: str, expected: date) -> None:
    data = f'name,kind,anniversary\nX,competency,"{cell}"\n'.encode()
    assert rows(data)[0][3] == expected


@pytest.mark.parametrize("cell", ["03/04/2021", "10-3-2021", "10.03.2021"])
def test_an_ambiguous_date_in_an_english_file_is_never_guessed(cell: str) -> None:
    sheet = read_offer_sheet(f"name,kind,anniversary\nX,competency,{cell}\n".encode(), today=TODAY)
    assert [(p.line, p.code) for p in sheet.problems] == [(2, "date.ambiguous")]
    assert "YYYY-MM-DD" in sheet.problems[0].text()


def test_a_slash_date_is_ambiguous_even_in_a_dutch_file() -> None:
    sheet = read_offer_sheet(b"naam;soort;jubileumdatum\nX;competentie;03/04/2021\n", today=TODAY)
    assert [(p.line, p.code) for p in sheet.problems] == [(2, "date.ambiguous")]
    text = sheet.problems[0].text()
    assert "03/04/2021" in text and "2021-04-03" in text and "2021-03-04" in text and "YYYY-MM-DD" in text


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("10-3-2021", date(2021, 3, 10)), ("10-03-2021", date(2021, 3, 10)), ("1.4.2021", date(2021, 4, 1))],
)
def test_dutch_files_read_dashed_and_dotted_dates_day_first(cell: str, expected: date) -> None:
    assert rows(f"naam;soort;jubileumdatum\nX;competentie;{cell}\n".encode())[0][3] == expected


@pytest.mark.parametrize(
    ("cell", "code"),
    [("31-02-2021", "date.impossible"), ("10 March", "date.year_missing"), ("soon", "date.invalid"), ("", "date.invalid")],
)  # fmt: skip
def test_an_unreadable_date_is_a_problem_on_its_line(cell: str, code: str) -> None:
    assert problems(f"naam;soort;jubileumdatum\nX;competentie;{cell}\n".encode()) == [(2, code)]


def test_every_line_is_checked_and_good_rows_are_still_returned() -> None:
    data = b"name,kind,anniversary\nGood,competency,2021-03-10\nBad,gold,03/04/2021\nToo,many,cells,here\n"
    sheet = read_offer_sheet(data, today=TODAY)
    assert [(p.line, p.code) for p in sheet.problems] == [
        (3, "sheet.unknown_kind"),
        (3, "date.ambiguous"),
        (4, "sheet.bad_row"),
    ]
    assert sheet.rows == (SheetRow(2, "Good", C, date(2021, 3, 10)),)


# -- formulas --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ('\'=HYPERLINK("x")', '=HYPERLINK("x")'),
        ("'+31 Security", "+31 Security"),
        ("'-dash", "-dash"),
        ("'@home", "@home"),
        ("''=x", "'=x"),
        ("'s-Hertogenbosch Cloud", "'s-Hertogenbosch Cloud"),  # a real apostrophe stays
    ],
)
def test_the_exports_formula_guard_is_stripped(cell: str, name: str) -> None:
    quoted = '"' + cell.replace('"', '""') + '"'
    assert rows(f"name,kind,anniversary\n{quoted},competency,2021-03-10\n".encode())[0][1] == name


# -- files that are not offers spreadsheets ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "sheet.empty"),
        (b"\n\r\n  \n", "sheet.empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02", "sheet.not_text"),
        (b"name,kind,anniversary\nA\x81\x8d,competency,2021-01-01\n", "sheet.not_text"),
        (b"name,kind,anniversary\n\x00\x01\x02\x03", "sheet.not_text"),
    ],
)
def test_empty_and_binary_files_are_one_problem(data: bytes, code: str) -> None:
    assert problems(data) == [(0, code)]


def test_a_file_over_the_size_limit_is_refused_before_reading() -> None:
    data = b"name,kind,anniversary\n" + b"x" * MAX_FILE_BYTES
    assert problems(data) == [(0, "sheet.too_big")]
    assert "MB" in read_offer_sheet(data, today=TODAY).problems[0].text()


def test_too_many_rows_is_refused() -> None:
    body = "".join(f"Offer {i},competency,2021-03-10\n" for i in range(MAX_ROWS + 1))
    assert problems(("name,kind,anniversary\n" + body).encode()) == [(0, "sheet.too_many_rows")]


def test_a_header_only_file_has_no_rows_and_no_problems() -> None:
    sheet = read_offer_sheet(b"name,kind,anniversary\n", today=TODAY)
    assert sheet.rows == () and sheet.problems == ()


def test_problem_texts_are_plain_words() -> None:
    data = b"name,kind\n"
    for p in read_offer_sheet(data, today=TODAY).problems:
        assert "{" not in p.text() and "sheet." not in p.text()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_rows_or_problems_never_an_exception(data: bytes) -> None:
    sheet = read_offer_sheet(data, today=TODAY)
    for p in sheet.problems:
        assert p.text()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_in_any_encoding_never_raises(text: str) -> None:
    for codec in ("utf-8", "utf-16", "cp1252"):
        try:
            data = ("name;kind;anniversary\n" + text).encode(codec)
        except UnicodeEncodeError:
            continue
        read_offer_sheet(data, today=TODAY)


def test_implausible_years_are_problems_of_their_line_as_for_mpn_add() -> None:
    """The CLI's import and the modal's read the same way: 1999 and 2031 are mistyped years, not offers."""
    sheet = read_offer_sheet(
        b"name,kind,anniversary\nA,competency,1999-01-01\nB,competency,2031-04-01\nC,competency,2021-09-15\n",
        today=date(2021, 3, 20),
    )
    assert [r.name for r in sheet.rows] == ["C"]
    assert [(p.line, p.code) for p in sheet.problems] == [
        (2, "anniversary.too_early"),
        (3, "anniversary.too_late"),
    ]
    assert "before 2000" in describe(sheet.problems[0].code, sheet.problems[0].params)
    assert "two years away" in describe(sheet.problems[1].code, sheet.problems[1].params)
