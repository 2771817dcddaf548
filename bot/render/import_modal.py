"""The Import CSV modal: the upload step, the preview of what the file would add, change and refuse per
line, and the result. The import itself is the CLI's (``bot.language.spreadsheet`` reads the bytes,
``storage`` imports all or nothing); this module only says it in the reader's language.

Names in a file are user text: every one is escaped for mrkdwn (``<!channel>`` in a cell stays text).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Final

from slack_sdk.models.blocks import Block, InputBlock, Option, RadioButtonsElement
from slack_sdk.models.blocks.block_elements import FileInputElement

import rules
from bot.language.catalogue import MESSAGES
from bot.language.i18n import Lang, format_day, t, t_plural
from bot.language.spreadsheet import Sheet
from bot.render.escape import escape_mrkdwn, plain_text
from bot.render.reply import SECTION_TEXT_LIMIT
from bot.render.settings_modals import VALUE, message_modal, metadata, modal, mrkdwn_section, note, plain
from storage import ImportChange, ImportMode

log = logging.getLogger(__name__)

CALLBACK_UPLOAD: Final = "workspace.import.upload"
CALLBACK_CONFIRM: Final = "workspace.import.confirm"
FILE, MODE = "file", "mode"
MODES: Final[tuple[ImportMode, ...]] = ("add", "merge", "replace")
FILETYPES: Final = ["csv", "txt", "tsv"]
_COLUMN_WORDS: Final[dict[Lang, dict[str, str]]] = {
    "en": {"name": "name", "kind": "kind", "anniversary": "anniversary"},
    "nl": {"name": "naam", "kind": "soort", "anniversary": "jubileumdatum"},
}
#: At most this many sections of lines in a preview (a section holds 3,000 characters): the rest is counted.
_MAX_SECTIONS: Final = 40


def upload_modal(lang: Lang, *, team_id: str, mode: ImportMode = "add") -> dict[str, Any]:
    options = [
        Option(
            value=m,
            text=plain_text(t(f"import.mode_{m}", lang), 75),
            description=plain_text(t(f"import.mode_{m}_hint", lang), 75),
        )
        for m in MODES
    ]
    blocks: list[Block] = [
        mrkdwn_section(t("import.intro", lang)),
        InputBlock(
            block_id=FILE,
            label=plain(t("import.file_label", lang), 2000),
            element=FileInputElement(action_id=VALUE, filetypes=FILETYPES, max_files=1),
        ),
        InputBlock(
            block_id=MODE,
            label=plain(t("import.mode_label", lang), 2000),
            element=RadioButtonsElement(
                action_id=VALUE, options=options, initial_option=options[MODES.index(mode)]
            ),
        ),
        note(t("import.format", lang)),
    ]
    return modal(
        t("import.title", lang),
        blocks,
        lang,
        callback_id=CALLBACK_UPLOAD,
        submit=t("import.preview_button", lang),
        private_metadata=metadata(team_id),
    )


def _kind(kind: rules.Kind, lang: Lang) -> str:
    return t(f"kind.{kind.value}", lang)


def change_line(change: ImportChange, lang: Lang) -> str:
    """One change in words: ``line 3: add *Security* (competency, anniversary 10 March 2021)``."""
    before, after = change.before, change.after
    name = escape_mrkdwn(plain_text(change.name, 100))
    if change.action == "removed" and before is not None:
        return t("import.line_removed", lang, name=name)
    assert after is not None
    parts = {
        "name": name,
        "line": change.line,
        "kind": _kind(after.kind, lang),
        "anniversary": format_day(after.anniversary, lang),
    }
    if change.action == "added":
        return t("import.line_added", lang, **parts)
    if change.action == "unchanged":
        return t("import.line_unchanged", lang, **parts)
    assert before is not None
    what = []
    if before.kind != after.kind:
        what.append(f"{_kind(before.kind, lang)} → {_kind(after.kind, lang)}")
    if before.anniversary != after.anniversary:
        what.append(f"{format_day(before.anniversary, lang)} → {format_day(after.anniversary, lang)}")
    return t("import.line_updated", lang, name=name, line=change.line, changes=", ".join(what))


def _readable(params: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, date):
            out[key] = format_day(value, lang)
        elif isinstance(value, str):
            out[key] = escape_mrkdwn(plain_text(value, 100))
        elif isinstance(value, list | tuple):
            out[key] = ", ".join(escape_mrkdwn(plain_text(str(v), 40)) for v in value[:10])
        else:
            out[key] = value
    return out


def problem_text(code: str, params: Mapping[str, Any], lang: Lang) -> str:
    """A problem code in the reader's language: the modal's own (``import.*``) and the reader's
    (``sheet.*``) by the import's keys, then the date and storage keys ``/mpn add`` uses; a general line
    (``import.problem_other``) if none fits. Never ``spreadsheet.describe``'s English, the operator's."""
    p = _readable(params, lang)
    for key in ("column", "missing"):  # the reader names columns by their English key
        if key in params:
            names = params[key] if isinstance(params[key], list | tuple) else [params[key]]
            p[key] = ", ".join(_COLUMN_WORDS[lang].get(str(n), escape_mrkdwn(str(n))) for n in names)
    if code == "duplicate_name":
        key = "import.problem_duplicate_line" if "line" in p else "import.problem_duplicate_stored"
        if "existing_anniversary" in params:
            p["existing_anniversary"] = format_day(
                date.fromisoformat(str(params["existing_anniversary"])), lang
            )
    elif code == "sheet.too_big":
        p["size"] = f"{float(params.get('size', 0)) / 1e6:.1f}"
        p["limit"] = f"{float(params.get('limit', 0)) / 1e6:.0f}"
        key = "import.problem_too_big"
    else:
        key = next(
            (
                k
                for k in (f"import.problem_{code.replace('.', '_')}", code, f"storage.{code}")
                if k in MESSAGES
            ),
            "",
        )
    p.setdefault("text", escape_mrkdwn(str(params.get("value", ""))))
    try:
        return t(key, lang, **p)
    except (KeyError, IndexError, ValueError):
        # A code without catalogue words (or with other params) is a bug to fix here; the person still
        # reads their own language, never the CLI's English (``spreadsheet.describe``).
        log.warning("import problem %r has no catalogue text for these params: %s", code, sorted(params))
        return t("import.problem_other", lang)


def _packed(lines: Sequence[str], lang: Lang) -> list[Block]:
    blocks: list[Block] = []
    current = ""
    for index, line in enumerate(lines):
        line = line[: SECTION_TEXT_LIMIT - 10]
        if current and len(current) + len(line) + 1 > SECTION_TEXT_LIMIT:
            blocks.append(mrkdwn_section(current))
            current = ""
            if len(blocks) >= _MAX_SECTIONS:
                blocks.append(note(t("import.more_lines", lang, count=len(lines) - index)))
                return blocks
        current = f"{current}\n{line}" if current else line
    if current:
        blocks.append(mrkdwn_section(current))
    return blocks


def how_read(sheet: Sheet, lang: Lang) -> str:
    """``read as Dutch (';'-separated, Windows-1252)`` in the reader's language (the CLI keeps
    ``Sheet.how_read``, in English): what to check when the lines look off."""
    separator = t("import.separator_tab", lang) if sheet.delimiter == "\t" else f"'{sheet.delimiter}'"
    language = t(f"language.{sheet.language}", lang)
    return t("import.read_as", lang, language=language, separator=separator, encoding=sheet.encoding)


def preview_modal(
    changes: Sequence[ImportChange],
    refused: Sequence[tuple[int, str, dict[str, Any]]],
    *,
    mode: ImportMode,
    lang: Lang,
    team_id: str,
    file_id: str,
    digest: str,
    how_read: str,
    changed_meanwhile: bool = False,
) -> dict[str, Any]:
    """What the file would do. With refused lines nothing can be imported (all or nothing): the preview
    lists them and has no Import button. Without any, Import confirms; ``digest`` names this preview so
    the confirmation imports only what was shown."""
    counts = {
        a: sum(1 for c in changes if c.action == a) for a in ("added", "updated", "unchanged", "removed")
    }
    # Each count in its CLDR plural form ("1 offer", "2 aanbiedingen"), never "offer(s)".
    phrases = {a: t_plural("import.offers", n, lang) for a, n in counts.items() if a != "unchanged"}
    blocks: list[Block] = []
    if changed_meanwhile:
        blocks.append(mrkdwn_section(":warning: " + t("import.changed_meanwhile", lang)))
    if refused:
        lines = len({line for line, _, _ in refused})
        blocks.append(mrkdwn_section(":no_entry: " + t_plural("import.refused_summary", lines, lang)))
        problem_lines = [
            t("import.line_refused", lang, line=line, problem=problem_text(code, params, lang))
            for line, code, params in refused
        ]
        blocks.extend(_packed(problem_lines, lang))
        if changes:
            blocks.append(note(t("import.would_otherwise", lang, **phrases)))
            blocks.extend(_packed([change_line(c, lang) for c in changes if c.action != "unchanged"], lang))
    else:
        kept = t_plural(
            "import.tracked_already" if mode == "add" else "import.stay", counts["unchanged"], lang
        )
        blocks.append(mrkdwn_section(t(f"import.summary_{mode}", lang, unchanged=kept, **phrases)))
        shown = [change_line(c, lang) for c in changes if c.action != "unchanged"]
        if not shown:
            shown = [t("import.nothing_to_change", lang)]
        blocks.extend(_packed(shown, lang))
    blocks.append(note(escape_mrkdwn(how_read)))
    submit = (
        None
        if refused or not any(counts[a] for a in ("added", "updated", "removed"))
        else t("import.confirm_button", lang)
    )
    return modal(
        t("import.title", lang),
        blocks,
        lang,
        callback_id=CALLBACK_CONFIRM,
        submit=submit,
        private_metadata=metadata(team_id, file=file_id, mode=mode, digest=digest),
    )


def done_modal(changes: Sequence[ImportChange], mode: ImportMode, lang: Lang) -> dict[str, Any]:
    counts = {
        a: sum(1 for c in changes if c.action == a) for a in ("added", "updated", "unchanged", "removed")
    }
    return message_modal(
        t("import.title", lang), ":white_check_mark: " + t(f"import.done_{mode}", lang, **counts), lang
    )
