"""Bytes -> text: byte-order marks, UTF-8, Windows-1256, and what is not text at all.

Order: a byte-order mark decides (UTF-8, UTF-16, UTF-32; the mark is dropped);
else strict UTF-8; else Windows-1256 when that reads as mostly Arabic letters;
else Windows-1252 when that reads as Latin letters; else charset-normalizer's
guess; else UTF-8 with the bad bytes replaced by U+FFFD, with a warning (a truncated
or damaged file keeps its text). NUL bytes without a UTF-16 pattern, or many
control characters, mean a binary file. Every fallback is reported in
`Decoded.warnings` so no data is lost or changed silently.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from marsad.segment.script import letter_counts

SNIFF_BYTES = 65_536  # how much of a file the binary and UTF-16 checks look at
MAX_CONTROL_SHARE = 0.05  # more control characters than this share of the text: binary
MIN_ARABIC_SHARE = 0.6  # a Windows-1256 reading must be at least this share Arabic letters

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class NotText(ValueError):
    """The bytes are not a text report (binary, or empty)."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _control_share(text: str) -> float:
    sample = text[:SNIFF_BYTES]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NULs sit in every other byte, as in BOM-less UTF-16 text."""
    sample = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # the high bytes of one script's text take one or two values (00 for ASCII, 06 for Arabic)
        top = sorted((high.count(b) for b in set(high)), reverse=True)[:2]
        if sum(top) >= 0.9 * len(high) and high.count(0) + high.count(6) > 0.5 * len(high) and low.count(0) < 0.05 * len(low):
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def _check_text(decoded: Decoded) -> Decoded:
    if not decoded.text.strip():
        raise NotText("empty file")
    if "\x00" in decoded.text[:SNIFF_BYTES] or _control_share(decoded.text) > MAX_CONTROL_SHARE:
        raise NotText("binary file, not a text report")
    return decoded


def decode_bytes(data: bytes) -> Decoded:
    """Decode a report's bytes; raise NotText for empty or binary input."""
    if not data.strip():
        raise NotText("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            warnings = []
            if "\ufffd" in text and "\ufffd".encode(encoding) not in data:
                warnings.append(f"invalid {encoding.upper()} bytes replaced with U+FFFD")
            return _check_text(Decoded(text, encoding + ("-sig" if encoding == "utf-8" else ""), warnings))
    encoding = _utf16_without_bom(data) if len(data) % 2 == 0 else None
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
        return _check_text(Decoded(text, encoding, [f"no byte-order mark: decoded as {encoding.upper()}"]))
    if b"\x00" in data[:SNIFF_BYTES]:
        raise NotText("binary file, not a text report")
    try:
        return _check_text(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    replaced = data.decode("utf-8", errors="replace")
    n_bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    n_good = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if n_good == 0 or n_bad > max(3, len(replaced) // 200):  # not damaged UTF-8 but another encoding
        legacy = data.decode("cp1256", errors="replace")
        ar, la, other = letter_counts(legacy)
        if ar >= MIN_ARABIC_SHARE * (ar + la + other) and ar:
            return _check_text(Decoded(legacy, "cp1256", ["not UTF-8: decoded as Windows-1256 (legacy Arabic)"]))
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = ""
        ar, la, other = letter_counts(western)
        if western and la >= 0.9 * (ar + la + other):
            return _check_text(Decoded(western, "cp1252", ["not UTF-8: decoded as Windows-1252 (legacy Western)"]))
        guess = _charset_guess(data)
        if guess is not None:
            return _check_text(guess)
    where = "at the end (truncated file?)" if first_bad >= len(data) - 4 else f"at byte {first_bad}"
    warning = f"invalid UTF-8 {where}: {n_bad} undecodable byte sequence(s) replaced with U+FFFD"
    return _check_text(Decoded(replaced, "utf-8", [warning]))


def _charset_guess(data: bytes) -> Decoded | None:
    """charset-normalizer's best reading of bytes that are neither UTF-8 nor Arabic Windows-1256."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[: SNIFF_BYTES * 4]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    text = data.decode(best.encoding, errors="replace")
    return Decoded(text, best.encoding, [f"not UTF-8: decoded as {best.encoding} (detected)"])
