"""The interface language: our translations and Qt's own, switched at once.

Installing or removing a translator sends ``QEvent.LanguageChange`` to every widget, so pages
that set their texts in a ``retranslate`` method (called from ``changeEvent``) follow at once.
The translators are children of the application, found again by their object name, so there
is no module-level state to keep in sync.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from vigilance_app.paths import resources_dir
from vigilance_app.preferences import LANGUAGES

TRANSLATOR_NAME = "vigilance-translator"
# One pair of translation files per area (scripts/update_translations.sh): the pages of the
# journal, the reviews and the guidance each have their own, the rest of the window "vigilance".
AREAS: tuple[str, ...] = ("vigilance", "journal", "reviews", "guidance")
_LOCALES = {
    "fr": "fr_FR",
    "en": "en_GB",  # English speakers living in France: day-month-year dates
}


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def locale_for(lang: str) -> QLocale:
    return QLocale(_LOCALES.get(lang, _LOCALES["fr"]))


def load_translator(lang: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Our own translator for ``lang``, not installed (the recovery sheet uses it directly)."""
    translator = QTranslator(parent)
    if translator.load(f"vigilance_{lang}", translations_dir()):
        return translator
    return None


def current_language(app: QCoreApplication) -> str:
    """The language shown now: 'en' (the source texts) until one is installed."""
    lang = app.property("vigilance_language")
    return lang if lang in LANGUAGES else "en"


def ui_language() -> str:
    """The language of the window now; 'fr', the app's first language, before the
    application exists (a text built outside the window, in a test)."""
    app = QCoreApplication.instance()
    return current_language(app) if app is not None else "fr"


def translate(context: str, text: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``text`` in the window's language, looked up in ``context``: module-level texts
    marked with ``QT_TRANSLATE_NOOP(context, ...)``, or literal calls
    ``translate("Context", "text")``, which lupdate reads as they are."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def plural(text: str, n: int) -> str:
    """A counted English source text ("%n entry(ies)", "%n account(s)") spelt as English
    does for ``n``. The English .ts file repeats the source for every plural form, and French
    translations use Qt's numerus forms without these markers, so only English changes."""
    if "(" not in text:
        return text
    return text.replace("y(ies)", "y" if n == 1 else "ies").replace(
        "(s)", "" if n == 1 else "s")


class Retranslatable:
    """Mixin for a widget whose texts are set in ``retranslate``: called again whenever the
    language changes. List it before the Qt class (``class Page(Retranslatable, QWidget)``)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def remove_language(app: QCoreApplication) -> None:
    """Remove our translators (the interface then shows the English source texts)."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)  # now owned by Python: freed when ``old`` goes away
    app.setProperty("vigilance_language", None)


def install_language(app: QCoreApplication, lang: str) -> None:
    """Replace the installed translators by those of ``lang`` ('fr' or 'en').

    Loads ``resources/translations/<area>_<lang>.qm`` for every area and Qt's
    ``qtbase_<lang>.qm`` (the standard buttons: "Annuler", "Oui"...) when present. A missing
    file is not an error: the interface then shows the English source text.
    """
    lang = lang if lang in LANGUAGES else "fr"
    remove_language(app)
    QLocale.setDefault(locale_for(lang))
    app.setProperty("vigilance_language", lang)
    candidates = [
        (f"qtbase_{lang}", qt_translations_dir()),
        *((f"{area}_{lang}", translations_dir()) for area in AREAS),  # looked up first
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            translator.setParent(None)
