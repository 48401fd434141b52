"""The scoring gate's sentence is shown whole (issue 18 item 7: it stopped at "Before you open any application
you")."""

from __future__ import annotations

from panel_app.ui.scoring.gate_panel import GatePanel


def test_the_declaration_sentence_is_not_cut(qtbot):
    gate = GatePanel()
    qtbot.addWidget(gate)
    gate.resize(1024 - 150, 700)
    gate.show()
    gate.show_state("undeclared")
    qtbot.wait(50)
    label = gate.label
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line fits
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 3  # it does wrap
