"""The app of one worker process when ``coach-server serve --workers N`` runs several.

uvicorn starts each worker as a new process and calls `app_from_environment` there; the parent
has migrated the database and exported the data folder and database URL as ``COACH_SERVER_*``
variables, so every worker reads the same settings.
"""

from __future__ import annotations

from fastapi import FastAPI

from coach_server.app import create_app
from coach_server.logs import configure_logging
from coach_server.settings import Settings

__all__ = ["app_from_environment"]


def app_from_environment() -> FastAPI:
    configure_logging()
    return create_app(Settings(), migrate=False)
