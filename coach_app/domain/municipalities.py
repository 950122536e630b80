"""Municipalities of the programme's region (Twente), with their CBS codes.

Offered in the family editor (a coach may type any other name and code) and used by the demo.
"""

from __future__ import annotations

from coach_app.domain.entities import Municipality

__all__ = ["TWENTE_MUNICIPALITIES"]

TWENTE_MUNICIPALITIES: tuple[Municipality, ...] = (
    Municipality("GM0153", "Enschede"),
    Municipality("GM0164", "Hengelo"),
    Municipality("GM0141", "Almelo"),
    Municipality("GM0183", "Tubbergen"),
    Municipality("GM0173", "Oldenzaal"),
    Municipality("GM0158", "Haaksbergen"),
    Municipality("GM0147", "Borne"),
    Municipality("GM1774", "Dinkelland"),
    Municipality("GM0163", "Hellendoorn"),
    Municipality("GM0175", "Ommen"),
    Municipality("GM0168", "Losser"),
    Municipality("GM0189", "Wierden"),
    Municipality("GM1735", "Hof van Twente"),
    Municipality("GM1742", "Rijssen-Holten"),
    Municipality("GM1700", "Twenterand"),
)
