"""The file names org-keygen writes are the ones the deployment template suggests."""

from __future__ import annotations

import re
from pathlib import Path

from coach_app.admin import PUBLIC_KEY_FILE, org_keygen

TEMPLATE = Path(__file__).parents[3] / "resources" / "deployment.template.toml"
PASSPHRASE = "kanaal herfst fietsbel 1987 twente"


def test_the_template_names_the_public_key_file_org_keygen_writes(tmp_path: Path) -> None:
    found = re.search(r'recovery_public_key_file = "([^"]+)"', TEMPLATE.read_text("utf-8"))
    assert found is not None
    answers = iter([PASSPHRASE, PASSPHRASE])
    _, public = org_keygen(tmp_path / "keys", reader=lambda _: next(answers), explain=print)
    assert public.name == PUBLIC_KEY_FILE == found.group(1)
    assert (tmp_path / "keys" / found.group(1)).is_file()
