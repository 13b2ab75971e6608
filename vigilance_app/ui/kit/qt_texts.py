"""Texts of Qt's own dialogs that Qt's French translation (``qtbase_fr.qm``, shipped in the
PySide6 wheel and loaded by ``i18n.install_language``) lacks: Qt 6 added a keyboard shortcut
("&") to these labels of QFileDialog and the French file still has the old texts, so the
dialog showed "Look in:" and "Files of type:" in English.

They are marked here, in Qt's own context, so that ``scripts/update_translations.sh`` puts
them in our "vigilance" translation files; our translators are looked up before Qt's.
This module is never imported: it only exists for the translation tools.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_MISSING_TEXTS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
