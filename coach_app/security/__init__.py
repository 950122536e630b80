"""The vault and backup encryption. Qt-free; imports only the standard library and cryptography.

See ``coach_app.security.vault`` for the vault's API, file format and rekey protocol, and
``coach_app.security.backup`` for the backup file format.
"""

from coach_app.security._atomic import fsync_folder
from coach_app.security.backoff import UnlockBackoff
from coach_app.security.backup import (
    backup_key,
    backup_set_id,
    decrypt_file,
    encrypt_file,
    read_key_slots,
)
from coach_app.security.errors import (
    BackupCorrupt,
    BackupError,
    InvalidOrgKey,
    NoOrgSlot,
    TooManyAttempts,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryCode,
)
from coach_app.security.kdf import MAX_MEMORY_KIB, MIN_MEMORY_KIB, KdfParams, calibrate_kdf
from coach_app.security.org_key import generate_org_keypair, load_org_public_key
from coach_app.security.vault import VAULT_FILE_NAME, Vault, open_backup_key_slots

__all__ = [
    "MAX_MEMORY_KIB",
    "MIN_MEMORY_KIB",
    "VAULT_FILE_NAME",
    "BackupCorrupt",
    "BackupError",
    "InvalidOrgKey",
    "KdfParams",
    "NoOrgSlot",
    "TooManyAttempts",
    "UnlockBackoff",
    "Vault",
    "VaultCorrupt",
    "VaultError",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "WrongPassphrase",
    "WrongRecoveryCode",
    "backup_key",
    "backup_set_id",
    "calibrate_kdf",
    "decrypt_file",
    "encrypt_file",
    "fsync_folder",
    "generate_org_keypair",
    "load_org_public_key",
    "open_backup_key_slots",
    "read_key_slots",
]
