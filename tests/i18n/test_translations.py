"""The interface in French and German (issue 20 part 4): every string of panel_app/ui is in the .ts files and
translated, none is written past tr(), and the main pages show in French and in German.

A new string fails here until `make i18n` is run and its French and German are written in resources/i18n."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from panel_app.domain.paths import ROOT

from .bare_strings import bare_texts
from .catalogue import LANGUAGES, current_catalogue

UI = ROOT / "panel_app" / "ui"
UI_FILES = sorted(UI.rglob("*.py"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_interface_string_has_its_translation(tmp_path, lang):
    catalogue = current_catalogue(tmp_path, lang)
    assert len(catalogue) > 90  # the extraction itself works
    missing = [f"{m.context}: {m.source!r}" for m in catalogue if not m.finished]
    assert not missing, (f"{len(missing)} interface strings have no finished {lang} translation: run `make i18n`, "
                         "then translate them in resources/i18n/panel_app_%s.ts:\n" % lang + "\n".join(missing[:40]))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_translation_keeps_the_placeholders_of_its_source(tmp_path, lang):
    wrong = [f"{m.context}: {m.source!r} -> {m.translation!r}" for m in current_catalogue(tmp_path, lang)
             if m.finished and sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation))]
    assert not wrong, "\n".join(wrong)


def test_no_visible_text_bypasses_tr():
    found = [b for path in UI_FILES for b in bare_texts(path)]
    assert not found, "visible texts not wrapped in self.tr()/QCoreApplication.translate():\n" + "\n".join(found)


def test_the_check_finds_a_bare_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('b = QPushButton("Save")\nb.setToolTip(f"Saves {x}")\nok = QLabel(self.tr("Fine"))\n'
                      'x = f"<b>{self.tr(\'Hidden\')}</b>"\n')
    assert sorted(t.split(":")[1] for t in bare_texts(Path(sample))) == ["1", "2", "4"]


def test_every_intake_flag_has_its_words_in_the_catalogue():
    from panel_app.domain.flags import FLAG_LABEL, FLAG_TEXT

    from .domain_texts import all_marked

    marked = {(t.context, t.source) for t in all_marked()[0]}  # domain/flags.py marks them itself
    assert {("Words", w) for w in [*FLAG_LABEL.values(), *FLAG_TEXT.values()]} <= marked
