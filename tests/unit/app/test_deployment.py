from __future__ import annotations

from pathlib import Path

import pytest

from coach_app.deployment import Deployment, DeploymentError, find_and_load, load, parse
from coach_app.security import generate_org_keypair


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert find_and_load(None, [tmp_path]) == Deployment()


def test_a_complete_file(tmp_path: Path) -> None:
    _, public_pem = generate_org_keypair(None)
    (tmp_path / "org.pem").write_bytes(public_pem)
    path = tmp_path / "deployment.toml"
    path.write_text(
        '[organisation]\nname = "Stichting Voorbeeld"\nrecovery_public_key_file = "org.pem"\n'
        '[server]\nurl = "https://coach.example.org/"\n'
        '[policy]\nauto_lock_max_minutes = 3\ndefault_language = "tr"\n'
        "[summary]\nthreshold = 6\nexport_threshold = 12\n"
        '[programme]\ntime_zone = "Europe/Istanbul"\n'
    )
    found = find_and_load(None, [tmp_path])
    assert found.organisation_name == "Stichting Voorbeeld"
    assert found.recovery_public_key_pem == public_pem
    assert found.server_url == "https://coach.example.org"
    assert (found.auto_lock_max_minutes, found.default_language) == (3, "tr")
    assert (found.summary_threshold, found.export_threshold) == (6, 12)
    assert found.time_zone == "Europe/Istanbul"


def test_the_time_zone_defaults_to_amsterdam() -> None:
    assert parse({}).time_zone == "Europe/Amsterdam"
    assert parse({"programme": {}}).time_zone == "Europe/Amsterdam"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"polcy": {}}, "Unknown section [polcy]"),
        ({"policy": {"auto_lock": 5}}, "Unknown setting policy.auto_lock"),
        ({"policy": {"auto_lock_max_minutes": 0}}, "between 1 and 240"),
        ({"policy": {"default_language": "de"}}, "nl, tr, en"),
        ({"summary": {"threshold": 3}}, "never be below 5"),
        ({"programme": {"time_zone": "Europe/Amsterdm"}}, "not known on this computer"),
        ({"programme": {"time_zone": "../../etc/passwd"}}, "such as Europe/Amsterdam"),
        ({"programme": {"time_zone": 1}}, "programme.time_zone must be text"),
        ({"programme": {"zone": "UTC"}}, "Unknown setting programme.zone"),
        ({"server": {"url": "ftp://x"}}, "server.url must be an https:// address"),
        # The sync engine refuses plain http to another host; the deployment file must too.
        ({"server": {"url": "http://coach.example.org"}}, "server.url must start with https://"),
        ({"organisation": {"recovery_public_key": "garbage"}}, "not a valid PEM"),
    ],
)
def test_problems_are_named_in_plain_words(data: dict[str, dict[str, object]], words: str) -> None:
    with pytest.raises(
        DeploymentError,
        match=words.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[").replace("]", r"\]"),
    ):
        parse(data)


@pytest.mark.parametrize(
    "url", ["https://coach.example.org", "http://localhost:8080", "http://127.0.0.1:9"]
)
def test_server_url_allowed_as_the_sync_engine_allows_it(url: str) -> None:
    assert parse({"server": {"url": url}}).server_url == url


def test_not_toml(tmp_path: Path) -> None:
    path = tmp_path / "deployment.toml"
    path.write_text("this is = = not toml")
    with pytest.raises(DeploymentError, match="not valid TOML"):
        load(path)


def test_wrong_kind_of_key(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    with pytest.raises(DeploymentError, match="X25519"):
        parse({"organisation": {"recovery_public_key": pem}})


def test_a_second_backup_folder_must_be_a_full_path() -> None:
    from coach_app.deployment import DeploymentError, parse

    chosen = parse({"backup": {"second_folder": "/media/stick/CoachCompanion"}})
    assert chosen.backup_second_folder == Path("/media/stick/CoachCompanion")
    assert parse({}).backup_second_folder is None
    with pytest.raises(DeploymentError, match=r"backup\.second_folder"):
        parse({"backup": {"second_folder": "relative/folder"}})
