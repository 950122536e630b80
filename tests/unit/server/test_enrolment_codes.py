"""The server accepts enrolment codes in exactly the forms the app's parser accepts (issue 11,
case 8): the two are held to the same inputs here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coach_app.security.codes import CodeError, parse_enrolment_code
from coach_server.security import canonical_enrolment_code, generate_enrolment_code

SEPARATORS = [
    " ",
    "-",
    "\u00a0",
    "\u2013",
    "\u2014",
    "\u2212",
    "\n",
    "\r\n",
    "\t",
    "\u200b",
    "_",
    ".",
]


def app_parse(text: str) -> str | None:
    try:
        return parse_enrolment_code(text)
    except CodeError:
        return None


@st.composite
def typed_codes(draw: st.DrawFn) -> str:
    """A real code as someone might type it, or a near miss."""
    code = generate_enrolment_code().replace("-", "")
    pieces = []
    for char in code:
        if draw(st.booleans()):
            char = char.lower()
        if draw(st.integers(0, 9)) == 0:
            char = chr(ord(char) + 0xFEE0)  # full-width form
        pieces.append(char)
        if draw(st.integers(0, 3)) == 0:
            pieces.append(draw(st.sampled_from(SEPARATORS)))
    text = "".join(pieces)
    mistake = draw(st.sampled_from(["none", "none", "drop", "extra", "ambiguous"]))
    if mistake == "drop":
        text = text[1:]
    elif mistake == "extra":
        text += "A"
    elif mistake == "ambiguous":
        text = draw(st.sampled_from("0O1Iİı")) + text[1:]
    return text


@settings(max_examples=400, deadline=None)
@given(typed_codes())
def test_the_server_and_the_app_accept_the_same_forms(text: str) -> None:
    assert canonical_enrolment_code(text) == app_parse(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_the_server_and_the_app_refuse_the_same_noise(text: str) -> None:
    assert canonical_enrolment_code(text) == app_parse(text)


def test_the_examples_of_the_issue() -> None:
    for typed in ("DGWT 2UWP J44B DVA3", "DGWT2UWPJ44BDVA3", "dgwt-2uwp-j44b-dva3"):
        assert canonical_enrolment_code(typed) == "DGWT-2UWP-J44B-DVA3" == app_parse(typed)
