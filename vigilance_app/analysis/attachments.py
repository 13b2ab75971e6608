"""Describe an attachment from its bytes in memory: never written, opened or previewed.

The verdict leans on what a criminal cannot easily hide: the real extension (after
removing the invisible characters used to disguise it), the first bytes of the content,
and the names inside a zip's directory (read from memory, never extracted).
"""

from __future__ import annotations

import unicodedata

from .limits import MAX_ZIP_ENTRIES
from .message import Attachment

# Runs code or installs something when double-clicked (Windows, macOS, Android, Java).
EXECUTABLE_EXTENSIONS = frozenset({
    "exe", "scr", "com", "bat", "cmd", "pif", "msi", "msp", "msix", "appx", "js", "jse", "vbs",
    "vbe", "wsf", "wsh", "wsc", "hta", "ps1", "psm1", "lnk", "url", "jar", "apk", "dll", "cpl",
    "reg", "inf", "scf", "sct", "chm", "gadget", "application", "appref-ms", "msc", "xll",
    "iqy", "slk", "app", "pkg", "dmg", "command", "sh", "elf", "bin", "run", "py", "pyw",
})
# Disk images: opened with a double-click and used to smuggle executables past filters.
DISK_IMAGE_EXTENSIONS = frozenset({"iso", "img", "vhd", "vhdx", "udf"})
MACRO_EXTENSIONS = frozenset({"docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam",
                              "ppsm", "sldm", "doc", "dot", "xls", "xlt", "xla", "ppt", "pps"})
# Local pages: a fake login form opened from disk escapes the mail provider's warnings.
PAGE_EXTENSIONS = frozenset({"html", "htm", "shtml", "xhtml", "mht", "mhtml", "svg", "xht"})
PROFILE_EXTENSIONS = frozenset({"mobileconfig"})
ARCHIVE_EXTENSIONS = frozenset({"zip", "rar", "7z", "gz", "tgz", "tar", "cab", "ace", "arj",
                                "lzh", "xz", "bz2", "z"})
# What a disguised file pretends to be in "facture.pdf.exe".
DECOY_EXTENSIONS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods",
                              "txt", "rtf", "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff",
                              "csv", "mp3", "mp4", "wav", "avi", "mov", "zip", "rar", "html",
                              "htm", "eml", "msg", "xml", "json"})
_DANGEROUS = EXECUTABLE_EXTENSIONS | DISK_IMAGE_EXTENSIONS | PAGE_EXTENSIONS | PROFILE_EXTENSIONS
_OFFICE_OPEN_XML = frozenset({"docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "dotx", "dotm",
                              "xltx", "xltm", "potx", "ppsx", "odt", "ods", "odp", "jar", "apk",
                              "epub", "xpi", "vsdx", "cbz", "kmz", "ipa", "appx", "msix"})
_MAX_NAME = 255

# Every reason ``describe`` can give, in the order they are explained to the person. Each has
# plain words in resources/attachments/{fr,en}.toml (see attachment_reasons.py).
REASONS = (
    "executable", "double_extension", "hidden_characters", "disk_image", "macros", "web_page",
    "configuration_profile", "content_mismatch", "archive_hides_executable",
    "encrypted_archive",
)

# Expected extensions for each sniffed type; anything else is a contradiction.
_SNIFF_EXTENSIONS: dict[str, frozenset[str]] = {
    "application/x-msdownload": frozenset({"exe", "dll", "scr", "com", "cpl", "sys", "msi"}),
    "application/x-executable": frozenset({"elf", "bin", "so", "run", ""}),
    "application/x-mach-binary": frozenset({"app", "dylib", "bin", ""}),
    "application/pdf": frozenset({"pdf"}),
    "application/zip": frozenset(_OFFICE_OPEN_XML | {"zip"}),
    "application/x-ole-storage": frozenset({"doc", "xls", "ppt", "msg", "msi", "dot", "xlt",
                                            "pps", "pot", "vsd", "pub"}),
    "application/x-iso9660-image": frozenset({"iso", "img", "udf"}),
    "application/vnd.rar": frozenset({"rar"}),
    "application/x-7z-compressed": frozenset({"7z"}),
    "application/gzip": frozenset({"gz", "tgz"}),
    "text/html": frozenset(PAGE_EXTENSIONS | {"txt", "xml", ""}),
    "application/x-apple-aspen-config": frozenset({"mobileconfig", "plist", "xml"}),
    "image/png": frozenset({"png"}),
    "image/jpeg": frozenset({"jpg", "jpeg", "jfif", "jpe"}),
    "image/gif": frozenset({"gif"}),
}
# Contradictions that matter: the content would run or render whatever its name says.
_RISKY_SNIFFED = frozenset({"application/x-msdownload", "application/x-executable",
                            "application/x-mach-binary", "text/html",
                            "application/x-iso9660-image", "application/x-apple-aspen-config"})


def display_name(raw: str | None) -> str | None:
    """The file name made safe to show: no path, no control or invisible characters.

    Removing format characters undoes the right-to-left override trick
    ("facture\u202efdp.exe" is shown as "factureexe.pdf"), so the real extension is checked.
    """
    if raw is None:
        return None
    cleaned = "".join(
        ch for ch in raw if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
    )
    cleaned = cleaned.replace("\\", "/").rsplit("/", 1)[-1].strip().rstrip(". ")
    return cleaned[:_MAX_NAME] or None


def _extensions(name: str) -> list[str]:
    parts = [part.strip().lower() for part in name.split(".")]
    return parts[1:] if len(parts) > 1 else []


def sniff(data: bytes) -> str | None:
    """The real type from the first bytes, or None when nothing is recognised."""
    head = data[:1024]
    if head.startswith(b"MZ"):
        return "application/x-msdownload"
    if head.startswith(b"\x7fELF"):
        return "application/x-executable"
    if head[:4] in (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xcf",
                    b"\xfe\xed\xfa\xce"):
        return "application/x-mach-binary"
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "application/pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "application/zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"
    if data[0x8001:0x8006] == b"CD001" or data[0x8801:0x8806] == b"CD001":
        return "application/x-iso9660-image"
    if head.startswith(b"Rar!\x1a\x07"):
        return "application/vnd.rar"
    if head.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "application/x-7z-compressed"
    if head.startswith(b"\x1f\x8b"):
        return "application/gzip"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<plist" in lowered and (b"payloadcontent" in data[:65536].lower()
                                 or b"payloadtype" in data[:65536].lower()):
        return "application/x-apple-aspen-config"
    if lowered.startswith((b"<!doctype html", b"<html", b"<script", b"<head", b"<body",
                           b"<meta", b"<iframe", b"<form")) or b"<script" in lowered:
        return "text/html"
    return None


def _zip_reasons(data: bytes) -> list[str]:
    """Reasons found in a zip's directory (names only; nothing is decompressed). At most
    ``MAX_ZIP_ENTRIES`` entries are read, before anything else of the directory is parsed."""
    from .zip_directory import directory_entries

    reasons: list[str] = []
    try:
        for filename, flags in directory_entries(data, MAX_ZIP_ENTRIES):
            name = display_name(filename) or ""
            lowered = name.lower()
            extensions = _extensions(name)
            if lowered.endswith("vbaproject.bin"):
                reasons.append("macros")
            elif extensions and extensions[-1] in (_DANGEROUS | MACRO_EXTENSIONS
                                                   | ARCHIVE_EXTENSIONS - {"zip"}):
                reasons.append("archive_hides_executable")
            if flags & 0x1:
                reasons.append("encrypted_archive")
    except Exception:  # a damaged or hostile zip is simply not looked into
        return []
    return sorted(set(reasons))


def describe(raw_name: str | None, declared_type: str, data: bytes) -> Attachment:
    """Name, declared and sniffed type, size and a danger verdict with its reasons."""
    name = display_name(raw_name)
    sniffed = sniff(data)
    reasons: list[str] = []
    extensions = _extensions(name) if name else []
    last = extensions[-1] if extensions else ""
    if raw_name and any(unicodedata.category(ch) == "Cf" for ch in raw_name):
        reasons.append("hidden_characters")
    if last in EXECUTABLE_EXTENSIONS:
        reasons.append("executable")
    if last in DISK_IMAGE_EXTENSIONS:
        reasons.append("disk_image")
    if last in MACRO_EXTENSIONS or (sniffed == "application/x-ole-storage"
                                    and last in ("", "doc", "xls", "ppt")):
        reasons.append("macros")
    if last in PAGE_EXTENSIONS or (not last and sniffed == "text/html"):
        reasons.append("web_page")
    if last in PROFILE_EXTENSIONS or sniffed == "application/x-apple-aspen-config":
        reasons.append("configuration_profile")
    if len(extensions) >= 2 and last in _DANGEROUS and extensions[-2] in DECOY_EXTENSIONS:
        reasons.append("double_extension")
    if (sniffed in _RISKY_SNIFFED and last and last not in _SNIFF_EXTENSIONS[sniffed]
            and last not in EXECUTABLE_EXTENSIONS):
        reasons.append("content_mismatch")
    if sniffed == "application/zip":
        reasons.extend(_zip_reasons(data))
    if sniffed == "application/x-msdownload" and not last:
        reasons.append("executable")
    # every reason is enough on its own (a password-protected archive is how malware
    # passes the mail provider's antivirus)
    ordered = tuple(dict.fromkeys(reasons))
    return Attachment(filename=name, declared_type=declared_type, sniffed_type=sniffed,
                      size=len(data), dangerous=bool(ordered), reasons=ordered)
