"""The Qt binding itself: faults of a PySide6 release that would crash the app in use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_from_python_keeps_true_and_none_alive() -> None:
    # PySide6 6.12.0's Signal.emit() returned True without taking a reference: each emit took
    # one reference from True and, a few hundred emits later, Python 3.11 aborted with
    # "deallocating True or False". The app emits from Python for every background operation.
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)

    for _ in range(200):
        emitter.fired.emit(None)

    assert len(received) == 200
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5, f"True lost {before[0] - after[0]} references"
    assert after[1] >= before[1] - 5, f"None lost {before[1] - after[1]} references"
