from __future__ import annotations

import pytest

from vigilance_app.vault import kdf


def test_calibration_scales_iterations_to_the_target() -> None:
    # Derivations "take" 0.1 s per iteration: 1, 2, 4 then 8 iterations are tried.
    readings = iter([0.0, 0.1, 1.0, 1.2, 2.0, 2.4, 3.0, 3.8])
    params = kdf.calibrate(target_seconds=1.0, memory_kib=8 * 1024,
                           timer=lambda: next(readings))
    assert params.iterations == 10  # 8 iterations took 0.8 s, so 10 make about a second


def test_kdf_settings_from_a_header_are_bounded() -> None:
    good = kdf.KdfParams(iterations=3, memory_kib=65536, lanes=4)
    assert kdf.KdfParams.from_json(good.to_json()) == good
    for bad in ({"iterations": 10**9}, {"memory_kib": 1}, {"lanes": 0}, {"name": "md5"}):
        with pytest.raises((ValueError, KeyError)):
            kdf.KdfParams.from_json({**good.to_json(), **bad})


def test_derivation_depends_on_secret_and_salt() -> None:
    params = kdf.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
    salt = b"s" * 16
    a = kdf.derive(b"one", salt, params)
    assert a == kdf.derive(b"one", salt, params)
    assert a != kdf.derive(b"two", salt, params)
    assert a != kdf.derive(b"one", b"t" * 16, params)
