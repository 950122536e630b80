"""``coach-app``: start the desktop app, run its self-test, or an IT command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach_app import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach-app",
        description="Coach Companion: the coach's offline, encrypted desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"coach-app {__version__}")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: your user data)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use a separate demo data folder (or --data-dir) with synthetic families",
    )
    parser.add_argument(
        "--lang",
        choices=["nl", "tr", "en", "pseudo"],  # pseudo: longer accented texts (developers)
        metavar="{nl,tr,en}",
        help="language of the window",
    )
    parser.add_argument("--deployment", type=Path, help="deployment.toml to use (IT staff)")
    parser.add_argument(
        "--leader",
        action="store_true",
        help="project-leader mode: sign in to the server (needs no data folder)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation and exit (0 = fine)"
    )
    parser.add_argument(
        "--self-test-report",
        type=Path,
        metavar="FILE",
        help="with --self-test: write the libraries and modules it loaded to FILE (packagers)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    recover = commands.add_parser(
        "recover", help="set a new passphrase with the organisation's private key (IT staff)"
    )
    recover.add_argument("--data-dir", dest="recover_data_dir", type=Path, required=True)
    recover.add_argument("--org-key", type=Path, required=True, help="the private key PEM file")
    recover.add_argument(
        "--from-server",
        metavar="URL",
        help="restore an empty data folder (a new laptop) from the server's newest backup of "
        "the laptop the enrolment code names",
    )
    recover.add_argument("--enrolment-code", help="with --from-server: the leader's code")
    restore = commands.add_parser(
        "restore-backup",
        help="set up an empty data folder (a new laptop) from a backup file, with the recovery "
        "code (asked for) or the organisation's private key",
    )
    restore.add_argument("--data-dir", dest="restore_data_dir", type=Path, required=True)
    restore.add_argument("--backup", type=Path, required=True, help="a .backup file")
    restore.add_argument("--org-key", dest="restore_org_key", type=Path, help="private key PEM")
    keygen = commands.add_parser(
        "org-keygen", help="make the organisation's recovery key pair (IT staff)"
    )
    keygen.add_argument("--out", type=Path, required=True, help="folder for the two PEM files")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    if args.self_test:
        from coach_app.app import self_test

        return self_test(deployment_file=args.deployment, report=args.self_test_report)

    if args.command in ("recover", "org-keygen", "restore-backup"):
        from coach_app.admin import AdminError, VaultError, org_keygen, recover, restore_backup_file

        try:
            if args.command == "recover" and args.enrolment_code and not args.from_server:
                raise AdminError(
                    "--enrolment-code is only used with --from-server URL (a new laptop from "
                    "the server's copy); leave it out to recover this laptop's own data."
                )
            if args.command == "restore-backup":
                count = restore_backup_file(
                    args.restore_data_dir, args.backup, args.restore_org_key
                )
                print(f"Done: {count} families restored; the new passphrase opens them.")
            elif args.command == "recover" and args.from_server:
                from coach_app.admin import recover_from_server

                count, code = recover_from_server(
                    args.recover_data_dir, args.from_server, args.enrolment_code, args.org_key
                )
                print(
                    f"Done: {count} families restored as the replaced laptop; the new "
                    f"passphrase opens them.\nNew recovery code (give it to the coach, once): "
                    f"{code}"
                )
            elif args.command == "recover":
                recover(args.recover_data_dir, args.org_key)
                print("Done: the new passphrase opens this laptop's data.")
            else:
                private, public = org_keygen(args.out)
                print(f"Private key (keep offline): {private}\nPublic key (deployment): {public}")
        except (AdminError, VaultError) as exc:
            text = str(exc)
            print(f"coach-app: {text[:1].upper()}{text[1:]}", file=sys.stderr)
            return 2
        return 0

    from coach_app.app import LaunchOptions, run_gui
    from coach_app.deployment import DeploymentError, find_and_load
    from coach_app.paths import DataFolder, default_data_dir, default_demo_dir, site_config_dirs

    try:
        deployment = find_and_load(args.deployment, site_config_dirs())
    except DeploymentError as exc:
        print(f"coach-app: {exc}", file=sys.stderr)
        from coach_app.app import show_deployment_error

        show_deployment_error(exc, args.lang)
        return 2
    if args.leader:
        from coach_app.app import run_leader_gui

        return run_leader_gui(deployment, args.lang)
    if args.data_dir is not None:
        root = args.data_dir
    else:
        root = default_demo_dir() if args.demo else default_data_dir()
    options = LaunchOptions(
        folder=DataFolder(root), deployment=deployment, language=args.lang, demo=args.demo
    )
    return run_gui(options)


if __name__ == "__main__":
    raise SystemExit(main())
