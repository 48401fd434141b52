"""Settings ▸ Language: English, French, German or the system's, kept in QSettings.

The choice applies at the next start (the window says so): every page builds its texts once, and a
restart is the one switch that leaves no string half-translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget

from . import i18n


def install(menubar: QMenuBar, parent: QWidget) -> QActionGroup:
    settings = menubar.addMenu(QCoreApplication.translate("LanguageMenu", "&Settings"))
    settings.setObjectName("settingsMenu")
    menu = settings.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(parent)
    group.setExclusive(True)
    system = i18n.LANGUAGES[i18n.system_language()]
    choices = [(i18n.SYSTEM, QCoreApplication.translate("LanguageMenu", "System language ({language})").format(
        language=system))]
    choices += list(i18n.LANGUAGES.items())
    for code, label in choices:
        action = QAction(label, parent, checkable=True)
        action.setData(code)
        action.setChecked(code == i18n.chosen())
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _chosen(parent, action.data()))
    return group


def _chosen(parent: QWidget, code: str) -> None:
    i18n.choose(code)
    wanted = code or i18n.system_language()
    if wanted == i18n.current():
        return
    text = QCoreApplication.translate(
        "LanguageMenu", "panel_app will be in {language} from its next start. Close it and open it again to switch now.")
    QMessageBox.information(parent, QCoreApplication.translate("LanguageMenu", "Language"),
                            text.format(language=i18n.LANGUAGES[wanted]))
