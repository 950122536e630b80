"""Off-laptop backups on the server, restore on a new laptop, and handing a family over to
another coach (docs/decisions/0012-zero-knowledge-backups-and-handover.md).

Qt-free and blocking (the UI runs it off the GUI thread). Imports the security, storage and
sync layers and the protocol; never the UI.

Modules (imported one by one: opening the database loads only the guard)
-------------------------------------------------------------------------
`upload.BackupUploader`
    ``run(force=...)`` uploads the laptop's newest encrypted backup when due, resumably.
`handover.HandoverService`
    ``receivers()``, ``send(family_id, receiver, via=...)``, ``download(package_id)``,
    ``receive(path)``, ``poll()``, ``cancel(package_id)``.
`guard.HandoverGuard`, `guard.FamilyBeingHandedOver`
    Refuse changes to a family while it is being handed over.
`restore`
    Restore on a new laptop from the server's newest backup.
"""
