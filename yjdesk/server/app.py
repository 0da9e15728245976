"""The sync service: a FastAPI app over one database (endpoints in yjdesk.wire.protocol).

Every error is ``{"error": code, "message": text}`` with a 4xx status; bad input never
produces a 5xx. The routes live in three ``APIRouter``s (probes, sign-in, sync); each is a
plain function (run in the thread pool) that gets the app's :class:`Service` as a FastAPI
dependency and uses one database transaction. Push and pull, the requests every laptop
makes every sync, are plain Starlette routes over the same kind of function
(:func:`_sync_route`), sharing the middlewares, the token check and the error handlers.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from queue import SimpleQueue
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import APIRouter, Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy import text
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from yjdesk import __version__
from yjdesk.server import auth, pull, push
from yjdesk.server.errors import ApiError
from yjdesk.server.limits import LargePages, LoginGate
from yjdesk.server.settings import ServiceSettings, make_engine, session_factory
from yjdesk.wire import protocol as p

log = logging.getLogger(__name__)
_T = TypeVar("_T")

_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type",
                 422: "invalid", 426: "upgrade_required"}


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(p.ErrorBody(error=code, message=message).model_dump(),
                        status_code=status)


async def read_body(receive: Receive, limit: int, declared: bytes | None
                    ) -> bytes | JSONResponse | None:
    """The request's whole body, or the answer refusing it (413 over ``limit`` whether or
    not Content-Length is honest, 400 for a bad Content-Length), or None if the client
    went away. ``declared``: the Content-Length header's value, if any."""
    try:
        if declared is not None and int(declared) > limit:
            return _too_large(limit)
    except ValueError:
        return _error(400, "bad_request", "bad Content-Length")
    # Read the body here (it is small by design), so an over-long chunked body is
    # refused with 413 before any handler sees it.
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None  # the client went away
        body += message.get("body", b"")
        if len(body) > limit:
            return _too_large(limit)
        if not message.get("more_body", False):
            return bytes(body)


def _too_large(limit: int) -> JSONResponse:
    return _error(413, "too_large", f"the request is larger than {limit} bytes; send "
                  "fewer changes")


def _header(scope: Scope, name: bytes) -> bytes | None:
    """A request header's first value from the raw ASGI scope (names are lower case)."""
    for key, value in scope.get("headers") or ():
        if key == name:
            return value  # type: ignore[no-any-return]
    return None


class BodyLimit:
    """Refuse bodies over the limit with 413, whether or not Content-Length is honest."""

    def __init__(self, app: ASGIApp, limit: int,
                 paths: dict[str, int] | None = None) -> None:
        self.app = app
        self.default = limit
        #: Larger limits for a few paths (the import of a bundle: BUNDLE_MAX_BYTES).
        self.paths = paths or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive, self.paths.get(scope.get("path", ""), self.default),
                               _header(scope, b"content-length"))
        if body is None:
            return
        if not isinstance(body, bytes):
            await body(scope, receive, send)
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


_PROTOCOL_HEADER = p.PROTOCOL_HEADER.lower().encode("latin-1")


def _protocol_check(scope: Scope, minimum: int = p.PROTOCOL_MIN) -> JSONResponse | None:
    """426 for a client below ``minimum``; read from the raw scope (a Starlette ``Request``
    and its URL, built for every request only to read the path and one header, were a
    measurable share of the per-request work)."""
    if not str(scope.get("path", "")).startswith(p.API_PREFIX):
        return None
    raw = next((value for name, value in scope.get("headers") or ()
                if name.lower() == _PROTOCOL_HEADER), None)
    try:
        version = int(raw) if raw is not None else 0
    except ValueError:
        return _error(400, "bad_protocol", f"{p.PROTOCOL_HEADER} must be a number")
    if version < minimum:
        return _error(426, "upgrade_required",
                      "this copy of yjdesk is too old for the sync service: please update "
                      "yjdesk")
    return None


def _work(queue: SimpleQueue[Callable[[], None] | None]) -> None:
    while (job := queue.get()) is not None:
        job()


def _stop(queue: SimpleQueue[Callable[[], None] | None], count: int) -> None:
    for _ in range(count):
        queue.put(None)


def _settle(done: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if not done.done():  # (not when the request's task was cancelled meanwhile)
        if error is None:
            done.set_result(result)
        else:
            done.set_exception(error)


class SyncThreads:
    """The threads push and pull run in: ``count`` threads, started on first use, taking
    work from one C ``SimpleQueue``; each answer goes back to the event loop in one
    ``call_soon_threadsafe``.

    Not ``anyio.to_thread`` (a cancel scope, the capacity limiter, a ``queue.Queue`` whose
    Condition wakes the worker: about twice the standard library executor's CPU a
    hand-off), nor the executor any more: ``run_in_executor`` adds a concurrent ``Future``
    with its own Condition, a loop future chained to it and callbacks both ways, about
    20-35 us of CPU a hand-off more than this (5,000 hand-offs, uvloop, one and eight at
    a time; docs/sync-performance.md). The threads are daemons, so they never hold the
    process open: work cut off by the process's end is a transaction the database rolls
    back, as after a crash."""

    def __init__(self, count: int, name: str) -> None:
        self.count = count
        self.name = name
        self._queue: SimpleQueue[Callable[[], None] | None] = SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False
        self._stopper: weakref.finalize[Any, Any] | None = None

    def _start(self) -> None:
        with self._lock:
            if self._closed:
                raise RuntimeError("the service's threads have been shut down")
            for n in range(len(self._threads), self.count):
                thread = threading.Thread(target=_work, args=(self._queue,),
                                          name=f"{self.name}_{n}", daemon=True)
                thread.start()
                self._threads.append(thread)
            if self._stopper is None:  # (the threads end with this object, as an
                # executor's do: they hold the queue, not this object)
                self._stopper = weakref.finalize(self, _stop, self._queue, self.count)

    async def run(self, work: Callable[..., _T], *args: Any) -> _T:
        """``work(*args)`` in one of the threads, awaited on the running loop."""
        if len(self._threads) < self.count or self._closed:
            self._start()
        loop = asyncio.get_running_loop()
        done: asyncio.Future[_T] = loop.create_future()

        def job() -> None:
            try:
                result, error = work(*args), None
            except BaseException as exc:  # noqa: BLE001 (to the awaiting request, as executors)
                result, error = None, exc
            try:  # noqa: SIM105 (suppress() is a context manager a request)
                loop.call_soon_threadsafe(_settle, done, result, error)
            except RuntimeError:  # the loop has closed: nobody waits for the answer
                pass
        self._queue.put(job)
        return await done

    def shutdown(self, wait: bool = True) -> None:
        """Stop the threads once the work queued so far is done."""
        with self._lock:
            self._closed = True
            threads, self._threads = self._threads, []
            if self._stopper is not None:
                self._stopper.detach()
        _stop(self._queue, len(threads))
        if wait:
            for thread in threads:
                thread.join()


class Service:
    """What the routes depend on: the settings, the database (and a pull replica), the
    sign-in gate, and one transaction per request."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.engine = make_engine(settings.database_url, pool_size=settings.pool_size,
                                  max_overflow=settings.max_overflow)
        self.factory = session_factory(self.engine)
        # Pulls may be served by a streaming replica; everything that writes uses the primary.
        self.replica: sessionmaker[Session] | None = None
        if settings.read_database_url:
            self.replica = session_factory(make_engine(
                settings.read_database_url, pool_size=settings.pool_size,
                max_overflow=settings.max_overflow))
        self.gate = LoginGate(settings)
        #: The threads push and pull run in (``settings.threads`` of them), handed work
        #: by :meth:`in_thread`.
        self.threads = SyncThreads(settings.threads or 40, "yjdesk-sync")
        #: Pull pages of over 5,000 rows built at once (``settings.large_pull_pages``).
        self.large_pages = LargePages(settings.large_pull_pages)

    async def in_thread(self, work: Callable[..., _T], *args: Any) -> _T:
        """``work(*args)`` in one of the service's threads, awaited on the event loop
        (:class:`SyncThreads`). The work is not abandoned if the request's task is
        cancelled: the thread finishes it (a push commits or rolls back whole)."""
        return await self.threads.run(work, *args)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.factory() as session:
            try:
                with session.begin():
                    yield session
            except IntegrityError as exc:
                log.info("integrity error: %s", exc.orig)
                raise ApiError(409, "conflict",
                               "the change clashes with another change; sync again") from None
            except DataError as exc:
                log.info("data error: %s", exc.orig)
                raise ApiError(422, "invalid", "a value in the request cannot be stored") \
                    from None
            except OperationalError as exc:
                log.warning("database unavailable: %s", exc.orig)
                raise ApiError(503, "unavailable",
                               "the database is busy or unavailable; try again") from None


async def _service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


#: The app's :class:`Service`, for a route's parameters.
ServiceDep = Annotated[Service, Depends(_service)]
#: The ``Authorization`` header, checked by :func:`yjdesk.server.auth.authenticate`.
AuthHeader = Annotated[str | None, Header()]

probes = APIRouter()
auth_routes = APIRouter(prefix=p.API_PREFIX + "/auth")
sync_routes = APIRouter(prefix=p.API_PREFIX + "/sync")


@probes.get("/health")
def health(svc: ServiceDep) -> dict[str, Any]:
    return {"status": "ok", "protocol": svc.settings.protocol_version,
            "protocol_min": svc.settings.protocol_min, "version": __version__}


@probes.get("/ready")
def ready(svc: ServiceDep) -> JSONResponse:
    try:
        with svc.engine.connect() as conn:
            conn.execute(text("SELECT 1 FROM server_counter"))
    except DBAPIError:
        return _error(503, "not_ready", "the database cannot be reached")
    return JSONResponse({"status": "ready"})


@auth_routes.post("/login", response_model=p.TokenResponse)
async def login(body: p.LoginRequest, request: Request, svc: ServiceDep) -> p.TokenResponse:
    # Argon2 a few at a time (yjdesk.server.limits); the rest wait without a thread.
    # The client address is the proxy's X-Forwarded-For when the service runs with
    # --behind-tls-proxy (uvicorn's proxy headers), else the peer's.
    address = request.client.host if request.client is not None else None

    def password_login() -> p.TokenResponse:
        return auth.login(svc.transaction, svc.settings, body, address)

    async with svc.gate.slot():
        return await anyio.to_thread.run_sync(password_login)


@auth_routes.post("/refresh", response_model=p.TokenResponse)
def refresh(body: p.RefreshRequest, svc: ServiceDep) -> p.TokenResponse:
    reused: auth.ReuseDetected | None = None
    with svc.transaction() as session:
        try:
            return auth.refresh(session, svc.settings, body)
        except auth.ReuseDetected as exc:
            reused = exc  # the revocation commits; then the caller is refused
    raise reused.error


def _json(model: p.PushResponse) -> Response:
    """The answer as JSON, written by pydantic straight from the model (FastAPI would
    validate it again and encode it through ``jsonable_encoder`` on a second worker-thread
    hop: a measured cost on every push and pull)."""
    return Response(model.model_dump_json(), media_type="application/json")


def _page(page: pull.Page) -> Response:
    """A pull page, written to JSON straight from its plain values (pull.Page.to_json)."""
    return Response(page.to_json(), media_type="application/json")


def sync_push(svc: Service, body: p.PushRequest, authorization: str | None) -> Response:
    result = push.push_in(svc.transaction,
                          lambda session: auth.authenticate(session, authorization).actor,
                          body, svc.settings.hooks)
    return _json(result)  # after the commit: the counter lock is not held for this


def sync_pull(svc: Service, body: p.PullRequest, authorization: str | None) -> Response:
    with svc.large_pages.rows(body.limit) as rows:
        # (a page of fewer rows than asked says ``more``: the laptop asks again)
        return _pull(svc, body if rows == body.limit else body.model_copy(update={"limit": rows}),
                     authorization)


def _pull(svc: Service, body: p.PullRequest, authorization: str | None) -> Response:
    if svc.replica is None:
        with svc.transaction() as session:
            page = pull.pull_signed_in(session, authorization, body)
        return _page(page)
    with svc.transaction() as session:
        who = auth.authenticate(session, authorization)
        decided = pull.prepare(session, who.actor, body)
    try:
        with svc.replica() as reader, reader.begin():
            page = pull.read(reader, who.actor, body, decided, listed=True)
        return _page(page)
    except OperationalError as exc:  # the replica is down: the primary can answer
        log.warning("read replica unavailable, pulling from the primary: %s", exc.orig)
    with svc.transaction() as session:
        page = pull.read(session, who.actor, body, decided, listed=True)
    return _page(page)


_Body = TypeVar("_Body", bound=BaseModel)


def _is_json(content_type: str | None) -> bool:
    """``application/json`` or ``application/*+json``, as FastAPI reads a body as JSON."""
    if not content_type:
        return False
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind == "application/json" or (kind.startswith("application/")
                                          and kind.endswith("+json"))


def _parse_body(raw: bytes, content_type: str | None, model: type[_Body]) -> _Body:
    """The body as ``model``, refused as FastAPI refuses a route's body model: the same
    exceptions, so the same handlers (``_install_error_handlers``) write the same 422 and
    400 answers. JSON is decoded by the standard library, as FastAPI does (the same
    values: non-finite numbers, lone surrogates, reach the push's per-row checks)."""
    if not raw:
        raise RequestValidationError([{"type": "missing", "loc": ("body",),
                                       "msg": "Field required", "input": None}])
    data: Any = raw  # not JSON: refused by the model's validation, as FastAPI does
    if _is_json(content_type):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RequestValidationError([{
                "type": "json_invalid", "loc": ("body", exc.pos), "msg": "JSON decode error",
                "input": {}, "ctx": {"error": exc.msg}}]) from None
        except (ValueError, RecursionError):  # not text; nested too deep for the decoder
            raise StarletteHTTPException(400, "There was an error parsing the body") \
                from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])}
                                      for e in exc.errors()]) from None


_SyncWork = Callable[[Service, Any, str | None], Response]


def _sync_route(model: type[_Body], work: Callable[[Service, _Body, str | None], Response]
                ) -> Callable[[Request], Awaitable[Response]]:
    """A push or pull endpoint without FastAPI's per-request machinery (dependency
    resolution, parameter models): the body read and validated here, the token and the
    database work in one worker-thread hop. Everything shared stays where it is: the
    protocol check and body limit (the middlewares), the token check
    (``auth.authenticate``), the error answers (the app's exception handlers). Used when
    a request does not take the app's direct path (:meth:`App.__call__`)."""
    async def endpoint(request: Request) -> Response:
        body = _parse_body(await request.body(), request.headers.get("content-type"), model)
        svc: Service = request.app.state.service
        return await svc.in_thread(work, svc, body, request.headers.get("authorization"))
    return endpoint


#: The hot routes (path -> body model, work), each also a plain Starlette route
#: (``_sync_route``): about a tenth of the service's CPU a request was FastAPI's
#: per-request work (docs/sync-performance.md).
HOT: dict[str, tuple[type[BaseModel], _SyncWork]] = {
    p.API_PREFIX + "/sync/push": (p.PushRequest, sync_push),
    p.API_PREFIX + "/sync/pull": (p.PullRequest, sync_pull)}
hot_routes = [Route(path, _sync_route(model, work), methods=["POST"])
              for path, (model, work) in HOT.items()]


@sync_routes.post("/ack-revoke")
def ack_revoke(body: p.AckRevokeRequest, svc: ServiceDep,
               authorization: AuthHeader = None) -> dict[str, Any]:
    with svc.transaction() as session:
        who = auth.authenticate(session, authorization)
        pull.ack_revoke(session, who.actor, body.child_ids)
        return {}


def _api_error(exc: ApiError) -> JSONResponse:
    response = _error(exc.status, exc.code, exc.message)
    if exc.retry_after is not None:
        response.headers["Retry-After"] = str(exc.retry_after)
    return response


def _invalid(exc: RequestValidationError) -> JSONResponse:
    parts = []
    for err in exc.errors()[:10]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
    return _error(422, "invalid", "; ".join(parts) or "the request is not valid")


def _http_error(exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 413 or "413" in str(exc.detail):
        return _error(413, "too_large", "the request is too large")
    code = _STATUS_CODES.get(exc.status_code, "error")
    return _error(exc.status_code, code, str(exc.detail))


def _db_error(exc: DBAPIError) -> JSONResponse:
    log.warning("database error: %s", exc.orig)
    return _error(503, "unavailable", "the database is busy or unavailable; try again")


def _unstorable(exc: Exception) -> JSONResponse:
    return _error(422, "invalid", "a value in the request is not valid text or is too big")


#: The service's error answers, by exception class: installed as the app's exception
#: handlers, and used by the direct path of push and pull (:func:`_answer_for`).
_ANSWERS: dict[type[Exception], Callable[[Any], JSONResponse]] = {
    ApiError: _api_error, RequestValidationError: _invalid,
    StarletteHTTPException: _http_error, DBAPIError: _db_error,
    UnicodeError: _unstorable, OverflowError: _unstorable}


def _answer_for(exc: Exception) -> JSONResponse | None:
    """The answer for ``exc`` as the exception handlers give it (the nearest class in its
    MRO, as Starlette looks handlers up), or None: not one the service answers."""
    for cls in type(exc).__mro__:
        answer = _ANSWERS.get(cls)
        if answer is not None:
            return answer(exc)
    return None


def _install_error_handlers(app: FastAPI) -> None:
    for cls, answer in _ANSWERS.items():
        async def handler(request: Request, exc: Exception,
                          answer: Callable[[Any], JSONResponse] = answer) -> JSONResponse:
            return answer(exc)
        app.add_exception_handler(cls, handler)


class App(FastAPI):
    """The service's FastAPI app, with push and pull -- the requests every laptop makes
    every sync -- answered straight from the ASGI scope: the same steps as through the
    middlewares and the route, in the same order, written once and shared with them (the
    body limit, :func:`read_body`; the protocol check and the answer's headers,
    :func:`_protocol_check` and :func:`_stamp`; the body's validation, :func:`_parse_body`;
    the token and database work in one worker-thread hop; the error answers,
    :func:`_answer_for`). What it leaves out is the framework's own per-request layers
    (eight middleware and exception wrappers, the router's match over every route, a
    ``Request``): a measured share of the service's CPU a request
    (docs/sync-performance.md). A request with a ``root_path``, or while OpenTelemetry is
    set up for FastAPI's telemetry (checked once a second), goes the framework's way
    (:data:`hot_routes`), so it is traced as every other request."""

    #: Set by :func:`create_app`.
    service: Service
    body_limit: int
    protocol_headers: list[tuple[bytes, bytes]]
    #: Push and pull answered directly (False: every request through the framework).
    direct = True
    _traced_until = 0.0
    _traced = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.direct and scope["type"] == "http" and scope["method"] == "POST" \
                and not scope.get("root_path") and not self.root_path:
            hot = HOT.get(scope["path"])
            if hot is not None and not self._telemetry_on():
                await self._hot(hot, scope, receive, send)
                return
        await super().__call__(scope, receive, send)

    def _telemetry_on(self) -> bool:
        now = time.monotonic()
        if now >= self._traced_until:
            telemetry = getattr(self, "_native_telemetry", None)
            self._traced = telemetry is not None and bool(telemetry.enabled())
            self._traced_until = now + 1.0
        return self._traced

    async def _hot(self, hot: tuple[type[BaseModel], _SyncWork], scope: Scope,
                   receive: Receive, send: Send) -> None:
        # BodyLimit's step (its refusals are not stamped: it stands outside ProtocolHeaders)
        raw = await read_body(receive, self.body_limit, _header(scope, b"content-length"))
        if raw is None:
            return
        if not isinstance(raw, bytes):
            await raw(scope, receive, send)
            return
        # ProtocolHeaders' step, then the route's
        response: Response | None = _protocol_check(scope, self.service.settings.protocol_min)
        if response is None:
            model, work = hot
            try:
                content_type = _header(scope, b"content-type")
                body = _parse_body(raw, None if content_type is None
                                   else content_type.decode("latin-1"), model)
                authorization = _header(scope, b"authorization")
                response = await self.service.in_thread(
                    work, self.service, body,
                    None if authorization is None else authorization.decode("latin-1"))
            except Exception as exc:
                answer = _answer_for(exc)
                if answer is None:
                    raise  # as through the framework: uvicorn answers 500 and logs it
                response = answer
        await send({"type": "http.response.start", "status": response.status_code,
                    "headers": _stamp(response.raw_headers, self.protocol_headers)})
        await send({"type": "http.response.body", "body": response.body})


def _stamp(headers: list[tuple[bytes, bytes]], stamp: list[tuple[bytes, bytes]]
           ) -> list[tuple[bytes, bytes]]:
    """An answer's headers with the protocol's (``stamp``) in place of any of their names."""
    names = {h[0] for h in stamp}
    return [h for h in headers if h[0].lower() not in names] + stamp


def _protocol_headers(settings: ServiceSettings) -> list[tuple[bytes, bytes]]:
    """The headers on every answer: the protocol version and ``Cache-Control: no-store``."""
    return [(p.PROTOCOL_HEADER.lower().encode(), str(settings.protocol_version).encode()),
            (b"cache-control", b"no-store")]


def create_app(settings: ServiceSettings) -> App:
    """The service: the routers above over one :class:`Service` (the app's state)."""
    svc = Service(settings)
    app = App(title="yjdesk sync service", version=__version__, docs_url=None,
              redoc_url=None, openapi_url=None)
    app.service = svc
    app.body_limit = settings.max_body_bytes or p.MAX_BODY_BYTES
    app.protocol_headers = _protocol_headers(settings)
    app.state.service = svc
    app.state.settings = settings
    app.state.engine = svc.engine
    app.state.read_engine = svc.replica.kw["bind"] if svc.replica is not None else None
    app.state.login_gate = svc.gate

    _install_error_handlers(app)
    auth.dummy_hash(settings)  # made now, so no sign-in pays for it
    push.warm()  # the rules' modules imported now, so no push pays for them
    from yjdesk.server.import_routes import import_routes

    app.router.routes.extend(hot_routes)
    for router in (probes, auth_routes, sync_routes, import_routes):
        app.include_router(router)
    app.add_middleware(ProtocolHeaders, settings=settings)
    from yjdesk.server.import_routes import BUNDLE_MAX_BYTES, IMPORT_PATH

    app.add_middleware(BodyLimit, limit=app.body_limit,
                       paths={IMPORT_PATH: BUNDLE_MAX_BYTES})
    return app


class ProtocolHeaders:
    """Refuse too-old clients (426) and stamp every answer with the protocol version and
    ``Cache-Control: no-store``. A plain ASGI middleware: Starlette's ``BaseHTTPMiddleware``
    runs each request through an extra task and stream (a measured cost per request)."""

    def __init__(self, app: ASGIApp, settings: ServiceSettings) -> None:
        self.app = app
        self.settings = settings  # read per request: an operator may raise protocol_min live
        self.threads_set = settings.threads is None
        self.headers = _protocol_headers(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self.threads_set:  # the loop's thread pool exists once the loop runs
            anyio.to_thread.current_default_thread_limiter().total_tokens = \
                self.settings.threads or 40
            self.threads_set = True

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": _stamp(message.get("headers", []),
                                                        self.headers)}
            await send(message)

        refused = _protocol_check(scope, self.settings.protocol_min)
        if refused is not None:
            await refused(scope, receive, stamped)
            return
        await self.app(scope, receive, stamped)
