"""tools/icu_data.py: the trimmed ICU data the Linux frozen build carries instead of Qt's 32 MB."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("icu_data", ROOT / "tools" / "icu_data.py")
assert _spec is not None
assert _spec.loader is not None
icu_data = importlib.util.module_from_spec(_spec)
sys.modules["icu_data"] = icu_data  # dataclasses look their module up
_spec.loader.exec_module(icu_data)


def _item(data_format: bytes, body: bytes = b"") -> bytes:
    """An ICU data item: a 32-byte DataHeader (little-endian) and its body."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += data_format + b"\x01\x00\x00\x00" + b"\x00\x00\x00\x00"
    return header.ljust(32, b"\0") + body


def _converter(max_bytes: int) -> bytes:
    static = struct.pack("<i", 100) + b"x".ljust(60, b"\0") + struct.pack("<i", 0)
    static += bytes([0, 2, 1, max_bytes])
    return _item(b"cnvt", static.ljust(100, b"\0"))


def _package(items: list[tuple[str, bytes]]) -> bytes:
    return icu_data.write_package(icu_data.Package(header=_item(b"CmnD"), items=items))


def test_a_package_reads_back_item_for_item() -> None:
    items = [
        ("icudt73l/coll/nl.res", _item(b"ResB", b"nl")),
        ("icudt73l/coll/tr.res", _item(b"ResB", b"tr" * 20)),
        ("icudt73l/zu.res", _item(b"ResB", b"zu")),
    ]
    data = _package(items)
    package = icu_data.read_package(data)
    assert [name for name, _ in package.items] == [name for name, _ in items]
    for (_, read), (_, written) in zip(package.items, items, strict=True):
        assert read.rstrip(b"\xaa") == written.rstrip(b"\xaa")  # items keep their 16-byte padding
    assert icu_data.write_package(package) == data
    with pytest.raises(ValueError, match="CmnD"):
        icu_data.read_package(_item(b"ResB"))


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("coll/tr.res", True),  # Turkish order of family names (coach_app.ui.collation)
        ("coll/nl.res", True),
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),
        ("coll/de.res", False),  # falls back to root, as ICU does for a locale it lacks
        ("coll/de__PHONEBOOK.res", False),
        ("coll/res_index.res", True),
        ("en_001.res", True),
        ("en_US_POSIX.res", True),
        ("nl_BE.res", True),
        ("tr_TR.res", True),
        ("zh_Hant_TW.res", False),
        ("sr_Latn_RS.res", False),
        ("root.res", True),
        ("pool.res", True),
        ("res_index.res", True),
        ("supplementalData.res", True),
        ("likelySubtags.res", True),
        ("zoneinfo64.res", True),
        ("metaZones.res", True),
        ("zone/tzdbNames.res", True),
        ("zone/nl.res", True),
        ("zone/de.res", False),
        ("curr/pool.res", True),
        ("brkitr/word.brk", True),
        ("brkitr/cjdict.dict", False),
        ("brkitr/thaidict.dict", False),
        ("translit/root.res", False),
        ("nfkc.nrm", True),
        ("cnvalias.icu", True),
    ],
)
def test_what_the_trimmed_data_keeps(name: str, kept: bool) -> None:
    assert icu_data.wanted(f"icudt73l/{name}", _item(b"ResB")) is kept


def test_eight_bit_code_pages_stay_and_multi_byte_tables_go() -> None:
    assert icu_data.wanted("icudt73l/ibm-5348_P100-1997.cnv", _converter(1))  # windows-1252
    assert not icu_data.wanted("icudt73l/ibm-943_P15A-2003.cnv", _converter(2))  # Shift_JIS
    assert not icu_data.wanted("icudt73l/gb18030.cnv", _converter(4))


_pyside = importlib.util.find_spec("PySide6")
_pyside_folders = (_pyside.submodule_search_locations or []) if _pyside else []
QT_ICU_DATA = next(
    (
        library
        for folder in _pyside_folders
        for library in sorted(Path(folder, "Qt", "lib").glob("libicudata.so.*"))
    ),
    None,
)


@pytest.mark.skipif(
    QT_ICU_DATA is None or shutil.which("ld") is None, reason="Linux PySide6 and binutils"
)
def test_qt_s_icu_data_becomes_a_library_a_sixth_of_its_size(tmp_path: Path) -> None:
    assert QT_ICU_DATA is not None
    library = icu_data.trimmed_library(QT_ICU_DATA, tmp_path)
    assert library.name == QT_ICU_DATA.name
    symbol, data = icu_data.exported_package(library)
    assert symbol == icu_data.exported_package(QT_ICU_DATA)[0]
    names = {name.split("/", 1)[1] for name, _ in icu_data.read_package(data).items}
    assert {"coll/tr.res", "coll/nl.res", "coll/ucadata.icu", "tr.res", "nl.res"} <= names
    assert "coll/zh.res" not in names
    assert library.stat().st_size < QT_ICU_DATA.stat().st_size / 6
