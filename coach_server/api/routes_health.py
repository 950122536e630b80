"""Liveness and database reachability."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text

from coach_server.api.deps import DbSession
from coach_server.api.errors import error_responses

__all__ = ["router"]

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok"] = "ok"


@router.get("/healthz", response_model=Health, responses=error_responses(503))
def healthz(session: DbSession) -> Health:
    """Answers ok when the server runs and its database answers (503 otherwise)."""
    with session.begin():
        session.execute(text("SELECT 1"))
    return Health()
