"""A smaller ICU data library for the Linux frozen build (build.spec uses it).

Qt's own ``libicudata.so.NN`` (32 MB, a fifth of the bundle) is one ICU "common data" package
(format ``CmnD``) behind the symbol ``icudtNN_dat``: every locale, collation, converter, break
dictionary and transliterator ICU knows. Qt calls ICU for collation (``ucol_*``: sorting in file
dialogs and ``QString.localeAwareCompare``), case mapping (``u_strToUpper``/``u_strToLower``),
time-zone names (``ucal_*``) and legacy text encodings (``ucnv_*``); the app shows Dutch, Turkish
and English only. ``trim`` keeps every item that belongs to no locale, and the locale items of
root, nl, tr and en; it drops transliteration (nothing calls ``utrans_*``), the break-iterator
dictionaries for Chinese, Japanese, Thai, Lao, Khmer and Burmese text, and the multi-byte (East
Asian) converter tables; the 8-bit code pages stay. A locale left out falls back to root, as ICU
does for any locale it lacks. ``build_library`` links the package into a library with the same
file name and symbol (binutils ``as`` and ``ld``, which PyInstaller's ``strip`` needs anyway).

Usage (what build.spec does): ``python tools/icu_data.py LIBICUDATA OUT_DIR`` writes the trimmed
``OUT_DIR/libicudata.so.NN`` and prints what it kept.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("en", "nl", "tr")  # the app's languages (coach_app.i18n.LANGUAGES)
_ALIGN = 16  # ICU's packages align every item (and the names block) to 16 bytes
_PAD = b"\xaa"  # and fill the gaps with this byte (as pkgdata does)
# A locale ID as ICU names its data files: language, then script, region or variant parts
# ("nl", "en_001", "sr_Latn_RS", "de__PHONEBOOK"). Not locales: "root", "pool" (strings shared by
# a tree's locales), "res_index" (the installed-locale list) and camelCase names.
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")
_NOT_LOCALES = frozenset({"root", "pool", "res_index"})


@dataclass(frozen=True)
class Package:
    header: bytes  # ICU's DataHeader of the package (format CmnD), copied unchanged
    items: list[tuple[str, bytes]]  # item name ("icudt73l/coll/nl.res") and its bytes, sorted


def _check_header(data: bytes) -> int:
    if len(data) < 24 or data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (CmnD)")
    if data[8] != 0:  # isBigEndian
        raise ValueError("only little-endian ICU data is supported")
    return int(struct.unpack_from("<H", data, 0)[0])


def read_package(data: bytes) -> Package:
    """Split an ICU common data package into its items (names in package order)."""
    header_size = _check_header(data)
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = []
    for index in range(count):
        name_offset, data_offset = struct.unpack_from("<II", data, header_size + 4 + 8 * index)
        start = header_size + name_offset
        name = data[start : data.index(b"\0", start)].decode("ascii")
        entries.append((name, header_size + data_offset))
    items = []
    for index, (name, start) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(data)
        items.append((name, data[start:end]))
    return Package(header=data[:header_size], items=items)


def _pad(length: int) -> int:
    return -length % _ALIGN


def write_package(package: Package) -> bytes:
    """The package as ICU's ``pkgdata`` lays it out: header, count, table of contents (offsets
    from the table's start), the names, then the items, each 16-byte aligned."""
    header_size = len(package.header)
    count = len(package.items)
    names = bytearray()
    name_offsets = []
    for name, _ in package.items:
        name_offsets.append(4 + 8 * count + len(names))
        names += name.encode("ascii") + b"\0"
    names += _PAD * _pad(header_size + 4 + 8 * count + len(names))
    body = bytearray()
    data_offsets = []
    first = 4 + 8 * count + len(names)
    for _, item in package.items:
        data_offsets.append(first + len(body))
        body += item + _PAD * _pad(len(item))
    toc = struct.pack("<I", count) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    return package.header + toc + bytes(names) + bytes(body)


def _max_bytes_per_char(converter: bytes) -> int:
    # After the item's DataHeader: UConverterStaticData (structSize int32, name char[60],
    # codepage int32, platform, conversionType, minBytesPerChar, maxBytesPerChar: int8 each).
    (header_size,) = struct.unpack_from("<H", converter, 0)
    return converter[header_size + 4 + 60 + 4 + 3]


def wanted(name: str, item: bytes, languages: Iterable[str] = LANGUAGES) -> bool:
    """Whether the trimmed package keeps this item (see the module's docstring)."""
    path = name.split("/", 1)[1]  # without the package's own folder ("icudt73l/")
    if path.startswith("translit/") or path.endswith(".dict"):
        return False
    if path.endswith(".cnv"):
        return _max_bytes_per_char(item) == 1
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if stem in _NOT_LOCALES or not _LOCALE.fullmatch(stem):
        return True
    return stem.split("_", 1)[0] in tuple(languages)


def trim(package: Package, languages: Iterable[str] = LANGUAGES) -> Package:
    keep = tuple(languages)
    return Package(
        header=package.header,
        items=[(n, item) for n, item in package.items if wanted(n, item, keep)],
    )


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} (binutils) is needed to build the trimmed ICU data library")
    return found


def exported_package(library: Path) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol of a data-only ICU library: its name and bytes."""
    listing = subprocess.run(
        [_tool("nm"), "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            value, size = int(parts[0], 16), int(parts[1], 16)
            break
    else:
        raise ValueError(f"{library} exports no icudtNN_dat symbol")
    data = library.read_bytes()
    # A data-only library maps its first segment from file offset 0 at address 0, so the
    # symbol's address is its file offset; the package header confirms it.
    package = data[value : value + size]
    _check_header(package)
    return parts[3], package


def build_library(package: bytes, symbol: str, soname: str, out_dir: Path) -> Path:
    """Link ``package`` into ``out_dir/soname`` exporting ``symbol`` (as ICU's own build does)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dat = out_dir / f"{symbol}.bin"
    dat.write_bytes(package)
    source = out_dir / f"{symbol}.s"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        f"\t.balign {_ALIGN}\n"
        f"{symbol}:\n"
        f'\t.incbin "{dat.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    subprocess.run([_tool("as"), "-o", f"{symbol}.o", source.name], cwd=out_dir, check=True)
    library = out_dir / soname
    link = [_tool("ld"), "-shared", "-soname", soname, "-z", "noexecstack", "-o", soname]
    subprocess.run([*link, f"{symbol}.o"], cwd=out_dir, check=True)
    for scratch in (dat, source, out_dir / f"{symbol}.o"):
        scratch.unlink()
    return library


def trimmed_library(original: Path, out_dir: Path) -> Path:
    """``out_dir/<original's name>``: the same library with the trimmed package."""
    symbol, data = exported_package(original)
    package = read_package(data)
    if write_package(package) != data:
        raise ValueError(f"{original}: the package's layout is not the one this tool writes")
    smaller = trim(package)
    return build_library(write_package(smaller), symbol, original.name, out_dir)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    original, out_dir = Path(argv[0]), Path(argv[1])
    library = trimmed_library(original, out_dir)
    print(f"{library}: {library.stat().st_size} bytes (was {original.stat().st_size})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
