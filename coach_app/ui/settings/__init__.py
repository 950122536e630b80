"""The Settings screen, one group box a module: language, automatic lock, passphrase, recovery
code, backups, server and enrolment, about. ``page.SettingsPage`` puts them together; slow work
(key derivation, backups, a restore) runs through one ``slow_work.SlowWork`` so only one runs
at a time and the window never freezes."""
