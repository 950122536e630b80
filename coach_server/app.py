"""The application factory: settings in, a FastAPI app out. No module-level engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import Depends, FastAPI

from coach_protocol import PROTOCOL_VERSION
from coach_server.api import (
    routes_device,
    routes_health,
    routes_leader,
    routes_offsite,
    routes_summary,
    routes_sync,
)
from coach_server.api.deps import known_query_parameters_only
from coach_server.api.errors import install_error_handlers
from coach_server.api.headers import SecurityHeaders
from coach_server.api.limits import BodySizeLimit
from coach_server.db import create_db_engine, make_session_factory, upgrade
from coach_server.services import dummy_password_hash
from coach_server.settings import Settings
from coach_server.sign_in_limits import SignInLimiter, SqlStorage, parse_limit
from coach_server.summary import Clock, SummaryService

__all__ = ["create_app", "utc_now"]


def utc_now() -> datetime:
    return datetime.now(UTC)


def create_app(settings: Settings, *, clock: Clock = utc_now, migrate: bool = True) -> FastAPI:
    """Builds the app with its own engine; migrations are applied here when ``migrate``."""
    engine = create_db_engine(settings.effective_database_url)
    if migrate:
        upgrade(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.summaries.close()
        engine.dispose()

    app = FastAPI(
        title="Coach Companion server",
        version=f"1.0 (protocol {PROTOCOL_VERSION})",
        description=(
            "Receives anonymised progress records from enrolled coach laptops and serves "
            "project leaders aggregate summaries with small counts suppressed. Every error "
            "answer has the shape {code, message}."
        ),
        lifespan=lifespan,
        dependencies=[Depends(known_query_parameters_only)],
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = make_session_factory(engine)
    app.state.clock = clock
    app.state.dummy_hash = dummy_password_hash(
        memory_kib=settings.argon2_memory_kib, iterations=settings.argon2_iterations
    )
    app.state.summaries = SummaryService(
        age_groups=settings.age_groups,
        time_zone=settings.programme_time_zone,
        recent_visit_weeks=settings.inactive_after_weeks,
        standard_thresholds=(settings.api_threshold, settings.export_threshold),
    )
    app.state.summaries.precompute_with(
        app.state.session_factory, clock, share=engine.dialect.name != "sqlite"
    )
    app.state.sign_in_limiter = SignInLimiter(
        SqlStorage(engine, clock),
        per_username=parse_limit(settings.sign_in_limit_per_username),
        per_address=parse_limit(settings.sign_in_limit_per_address),
        clock=clock,
    )
    install_error_handlers(app)
    for module in (
        routes_health,
        routes_device,
        routes_sync,
        routes_leader,
        routes_summary,
        routes_offsite,
    ):
        app.include_router(module.router)
    app.add_middleware(BodySizeLimit)
    app.add_middleware(SecurityHeaders)  # outermost: also on the 413 answers of BodySizeLimit
    return app
