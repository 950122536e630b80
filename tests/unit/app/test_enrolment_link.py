"""The enrolment link (server address and code in one line or QR code): made, pasted, scanned."""

from __future__ import annotations

import pytest
import qrcode
from hypothesis import given
from hypothesis import strategies as st

from coach_app.enrolment_link import (
    EnrolmentLink,
    EnrolmentLinkError,
    NoQrCode,
    find_enrolment_link,
    make_enrolment_link,
    parse_enrolment_link,
    read_enrolment_qr,
)

SERVER = "https://coach.example.org"
CODE = "ABCD-EFGH-JKLM-NPQR"
LINK = "coachcompanion://enrol?server=https%3A%2F%2Fcoach.example.org&code=ABCD-EFGH-JKLM-NPQR"


def test_the_link_is_the_documented_shape() -> None:
    assert make_enrolment_link(SERVER + "/", CODE) == LINK
    assert parse_enrolment_link(LINK) == EnrolmentLink(SERVER, CODE)


@pytest.mark.parametrize(
    "pasted",
    [
        LINK,
        f"  {LINK}\n",
        f"<{LINK}>",
        f'"{LINK}"',
        f"Open this link on your laptop: {LINK}. Kind regards, Leader",
        LINK.replace("coachcompanion://enrol", "CoachCompanion://Enrol"),
        LINK[:40] + "\n" + LINK[40:],  # broken over two lines by an e-mail program
        LINK[:40] + "\r\n> " + LINK[40:],  # ... and quoted in a reply
        LINK[:30] + "\u200b" + LINK[30:],  # a zero-width space from a chat program
        f"Link:\u00a0{LINK}",
    ],
)
def test_pasted_links_are_read(pasted: str) -> None:
    assert parse_enrolment_link(pasted) == EnrolmentLink(SERVER, CODE)


def test_a_link_followed_by_text_on_the_next_line_keeps_its_code() -> None:
    pasted = f"{LINK}\nGreetings from the office"
    assert parse_enrolment_link(pasted).code == CODE


@pytest.mark.parametrize(
    "text",
    [
        "",
        CODE,  # a bare code is not a link (the form takes it as a code)
        "https://coach.example.org/enrol?code=ABCD",
        "coachcompanion://other?server=https%3A%2F%2Fa.org&code=X",
        "coachcompanion://enrol?code=ABCD",
        "coachcompanion://enrol?server=https%3A%2F%2Fa.org",
        "coachcompanion://enrol?server=https%3A%2F%2Fa.org&code=",
        "coachcompanion://enrol?server=ftp%3A%2F%2Fa.org&code=X",
        "coachcompanion://enrol?server=javascript%3Aalert(1)&code=X",
        "coachcompanion://enrol?server=https%3A%2F%2Fa.org&code=X&code=Y",
        "coachcompanion://enrol?server=https%3A%2F%2Fa.org&code=" + "X" * 65,
    ],
)
def test_what_is_not_an_enrolment_link_is_refused(text: str) -> None:
    with pytest.raises(EnrolmentLinkError):
        parse_enrolment_link(text)
    assert find_enrolment_link(text) is None


def test_a_code_of_the_longest_length_is_accepted() -> None:
    link = make_enrolment_link(SERVER, "X" * 64)
    assert parse_enrolment_link(link).code == "X" * 64
    with pytest.raises(EnrolmentLinkError):
        make_enrolment_link(SERVER, "X" * 65)


def test_making_a_link_refuses_what_it_cannot_carry() -> None:
    with pytest.raises(EnrolmentLinkError):
        make_enrolment_link("coach.example.org", CODE)
    with pytest.raises(EnrolmentLinkError):
        make_enrolment_link(SERVER, "  ")


def test_the_code_stays_out_of_the_repr() -> None:
    assert CODE not in repr(parse_enrolment_link(LINK))


_hosts = st.from_regex(r"[a-z][a-z0-9-]{0,20}(\.[a-z]{2,6}){1,2}", fullmatch=True)
_codes = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
        blacklist_characters="\ufeff\u200b\u200c\u200d\u2060",
    ),
    min_size=1,
    max_size=64,
)


@given(
    scheme=st.sampled_from(["http", "https"]),
    host=_hosts,
    port=st.none() | st.integers(1, 65535),
    path=st.sampled_from(["", "/coach", "/a b/c&d=e"]),
    code=_codes,
)
def test_any_server_and_code_survive_the_round_trip(
    scheme: str, host: str, port: int | None, path: str, code: str
) -> None:
    server = f"{scheme}://{host}{'' if port is None else f':{port}'}{path}"
    assert parse_enrolment_link(make_enrolment_link(server, code)) == EnrolmentLink(server, code)


def _picture(text: str, module: int = 6, border: int = 4) -> tuple[bytes, int, int]:
    code = qrcode.QRCode(border=border, box_size=1)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    side = len(matrix) * module
    rows = []
    for row in matrix:
        line = bytes(0 if dark else 255 for dark in row for _ in range(module))
        rows.extend([line] * module)
    return b"".join(rows), side, side


def test_a_qr_picture_of_the_link_is_read_back() -> None:
    pixels, width, height = _picture(LINK)
    assert read_enrolment_qr(pixels, width, height) == EnrolmentLink(SERVER, CODE)


def test_a_picture_without_a_qr_code_says_so() -> None:
    with pytest.raises(NoQrCode):
        read_enrolment_qr(bytes([255]) * 100 * 80, 100, 80)


def test_a_qr_code_of_something_else_is_not_taken_for_a_link() -> None:
    pixels, width, height = _picture("https://example.org/menu")
    with pytest.raises(EnrolmentLinkError) as caught:
        read_enrolment_qr(pixels, width, height)
    assert not isinstance(caught.value, NoQrCode)


def test_sizes_that_do_not_match_the_pixels_are_refused() -> None:
    with pytest.raises(ValueError, match="rows"):
        read_enrolment_qr(b"\x00" * 10, 4, 4)
