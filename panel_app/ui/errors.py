"""The three kinds of error, shown the right way (after Electrum).

Cancelled: silent. DatabaseUnreachable: the main window's banner (no dialog while it is shown).
UserFacingError: a plain message that says what to do. Anything else: a bug dialog
with the details folded away, and the traceback in the log. A global excepthook catches the rest.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from panel_app.domain.errors import Cancelled, DatabaseUnreachable, UserFacingError

log = logging.getLogger("panel_app.ui")


def offline_banner_shown() -> bool:
    """A window shows the "database out of reach" banner: no dialog per failed load then."""
    from .offline_banner import OfflineBanner

    return any(not banner.isHidden() for window in QApplication.topLevelWidgets()
               for banner in window.findChildren(OfflineBanner))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, Cancelled):
        return
    from panel_app.services.connection import as_user_error  # a server's refusal or a lost link: plain words

    error = as_user_error(error)
    if isinstance(error, DatabaseUnreachable) and offline_banner_shown():
        log.info("database out of reach (the banner says so): %s", error)
        return
    if isinstance(error, UserFacingError):
        from .words import text  # the message and hint were written in English by services/: in our language

        box = QMessageBox(QMessageBox.Icon.Warning, "panel_app", text(error.message), parent=parent)
        if error.hint:
            box.setInformativeText(text(error.hint))
        box.setObjectName("userErrorBox")
        box.exec()
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "panel_app — unexpected error"),
                      QCoreApplication.translate(
                          "Errors", "Something went wrong inside panel_app. Nothing you entered before this was lost."),
                      parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Errors", "The details are in the log file. Please send them to the IT support."))
    box.setDetailedText(f"{type(error).__name__}: {error}")
    box.setObjectName("bugBox")
    box.exec()


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            show_error(None, exc.with_traceback(tb))
        except Exception:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
