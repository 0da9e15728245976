"""Accounts from the sync service: first sign-in online, later sign-ins offline.

* :func:`online_first_sign_in` -- a new laptop: the server checks the user name and
  password, then a local profile is made whose owner has the *server's* user id, and
  whose data key is wrapped by the same password.
* :func:`sign_in` -- later sign-ins. Offline, the local password unlocks the store. Online,
  the server is asked too, so a password changed on the server takes effect at the next
  online sign-in: the old password is refused once the server refuses it, and the new one
  (accepted by the server) re-wraps the local data key -- which needs the previous
  password once (:class:`PreviousPasswordNeeded`), because only it can unwrap the key.
* The refresh token lives in the OS keyring (:mod:`yjdesk.secrets`); with no keyring the
  laptop signs in with the password each time.
"""

from __future__ import annotations

import contextlib
import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from yjdesk.errors import (
    AuthenticationFailed,
    DeviceRevoked,
    KnownError,
    NoKeyring,
    Offline,
    StoreError,
    WrongPassword,
)
from yjdesk.laptop import LaptopStore
from yjdesk.models.org import Role, Team, UserAccount
from yjdesk.models.types import new_id
from yjdesk.paths import Paths
from yjdesk.services import profile
from yjdesk.services.uow import Actor
from yjdesk.store import LocalStore
from yjdesk.sync import lease, state

if TYPE_CHECKING:  # the HTTP client (httpx) and the wire models (pydantic) are imported when
    # the service is first called, not when a profile is opened at start-up
    import httpx

    from yjdesk.sync.client import SyncClient
    from yjdesk.wire.protocol import TokenResponse, UserInfo

log = logging.getLogger(__name__)


class PreviousPasswordNeeded(KnownError):
    title = "Your password was changed"


def _secret_name(device_id: str) -> str:
    return f"sync-refresh:{device_id}"


def save_refresh_token(tokens: TokenResponse, device_id: str) -> None:
    from yjdesk import secrets  # keyring (and with it urllib and http.client): when used

    try:
        secrets.set_secret(_secret_name(device_id), tokens.refresh_token)
    except NoKeyring:
        log.info("no keyring: the laptop will sign in with the password next time")


def forget_refresh_token(device_id: str) -> None:
    from yjdesk import secrets

    secrets.delete_secret(_secret_name(device_id))


def owner_from_userinfo(session: Session, info: UserInfo, dev: str) -> Actor:
    """Make (or refresh) the local owner from the server's account (in a sync_apply session).

    The owner keeps the server's user id, so rows made on this laptop carry it. The team is
    a stand-in until the first pull brings the real team row.
    """
    if info.team_id is not None and session.get(Team, info.team_id) is None:
        session.add(Team(id=info.team_id, name="Your team", code=f"T-{info.team_id[:30]}"))
        session.flush()
    user = session.get(UserAccount, info.id)
    if user is None:
        user = UserAccount(id=info.id, username=info.username, display_name=info.display_name,
                           role=Role(info.role), team_id=info.team_id)
        session.add(user)
    else:
        user.username, user.display_name = info.username, info.display_name
        user.role, user.team_id = Role(info.role), info.team_id
    session.flush()
    profile.set_meta(session, profile.OWNER_KEY, user.id)
    profile.set_meta(session, profile.DEVICE_KEY, dev)
    return Actor(user.id, user.role, info.team_id, dev, user.display_name)


def _device_name() -> str:
    return f"yjdesk on {platform.node() or 'a laptop'}"[:120]


def online_first_sign_in(server_url: str, username: str, password: str, paths: Paths, *,
                         transport: httpx.BaseTransport | None = None,
                         on_busy: Callable[[float], None] | None = None) -> LocalStore:
    """Sign in to the service from a laptop with no profile yet; return the new open store.

    Nothing is written locally unless the server accepts the password. Raises
    :class:`~yjdesk.errors.AuthenticationFailed`, :class:`~yjdesk.errors.Offline` etc.
    """
    if LocalStore.exists(paths):
        raise StoreError(f"A yjdesk profile already exists in {paths.root}; sign in to it.")
    from yjdesk.sync.client import SyncClient

    dev = new_id()
    with SyncClient(server_url, dev, transport=transport) as client:
        tokens = client.login(username, password, _device_name(), on_busy=on_busy)
    store = LaptopStore.create(paths, password)
    try:
        session = store.session()
        session.info["sync_apply"] = True
        with session, session.begin():
            owner_from_userinfo(session, tokens.user, dev)
            profile.set_meta(session, state.SERVER_URL, client.server_url)
            profile.set_meta(session, state.USERNAME, tokens.user.username)
            lease.renew(session, tokens.policy)
    except BaseException:
        store.close()
        raise
    state.write_account(paths, state.Account(client.server_url, tokens.user.username, dev))
    save_refresh_token(tokens, dev)
    return store


@dataclass
class SignIn:
    store: LocalStore
    actor: Actor
    #: True when the server confirmed the password (False: offline sign-in).
    online: bool


def sign_in(paths: Paths, password: str, *, previous_password: str | None = None,
            transport: httpx.BaseTransport | None = None,
            on_busy: Callable[[float], None] | None = None,
            on_upgrade: Callable[[], None] | None = None) -> SignIn:
    """Unlock the store; if the server can be reached, check the password with it too.
    ``on_upgrade``: as for :meth:`LocalStore.open` (the store's schema is older than this app's).

    A service too busy to check the password now (everyone signing in at 9 a.m.) is
    treated as unreachable when the password opens the store here; only when the laptop
    needs the service's answer does it wait its turn (``on_busy`` hears of each retry).
    """
    account = state.read_account(paths)
    try:
        store: LocalStore | None = LaptopStore.open(paths, password, on_upgrade=on_upgrade)
    except WrongPassword:
        if account is None:
            raise
        store = None
    tokens = None
    if account is not None:
        from yjdesk.sync.client import BUSY_WAIT_SECONDS, SyncClient

        try:
            with SyncClient(account.server_url, account.device_id,
                            transport=transport) as client:
                tokens = client.login(account.username, password, _device_name(),
                                      busy_wait=0.0 if store is not None else BUSY_WAIT_SECONDS,
                                      on_busy=on_busy)
        except Offline:
            tokens = None
        except DeviceRevoked as exc:
            # The service checked the password and says this laptop is revoked: wipe now,
            # not only at the next sync (which a revoked laptop might never attempt).
            if store is None and previous_password is not None:
                with contextlib.suppress(WrongPassword):
                    store = LaptopStore.open(paths, previous_password, on_upgrade=on_upgrade)
            raise revoked_and_wiped(paths, store, exc) from exc
        except AuthenticationFailed as exc:
            if store is not None:
                store.close()
            raise WrongPassword(f"The sync service refused this password: {exc}") from exc
    if store is None:
        if tokens is None:  # the local password is wrong and the server cannot tell us more
            raise WrongPassword("The password is not correct for this profile.")
        if previous_password is None:
            raise PreviousPasswordNeeded(
                "Your password was changed on the server. Enter your previous password "
                "once so this laptop's records can be locked with the new one.")
        store = LaptopStore.open(paths, previous_password, on_upgrade=on_upgrade)
        store.change_password(previous_password, password)
    try:
        session = store.session()
        session.info["sync_apply"] = True
        with session, session.begin():
            if tokens is not None and account is not None:
                actor = owner_from_userinfo(session, tokens.user, account.device_id)
                lease.renew(session, tokens.policy)
            else:
                actor = profile.owner_actor(session)
                lease.check(session)  # offline for too long: an online sign-in first
    except BaseException:
        store.close()
        raise
    if tokens is not None and account is not None:
        save_refresh_token(tokens, account.device_id)
    return SignIn(store, actor, tokens is not None)


def revoked_and_wiped(paths: Paths, store: LocalStore | None,
                      exc: DeviceRevoked) -> DeviceRevoked:
    """Wipe the profile of a revoked laptop; the error to raise says what was kept.

    ``store`` is closed. With no open store (its password unknown) nothing can be read, so
    the encrypted files are simply removed.
    """
    from yjdesk.sync.wipe import wipe_files, wipe_revoked_store

    if store is not None:
        result = wipe_revoked_store(store)
        if result.exported_to is not None:
            kept = (f" {result.unsynced} change(s) that had not reached the server were kept, "
                    f"encrypted for your administrator, in {result.exported_to}.")
        elif result.lost:
            kept = (f" {result.unsynced} change(s) had not reached the server and could not "
                    "be kept (no administrator key is set up on this laptop).")
        else:
            kept = " Everything had already reached the server; nothing was lost."
    else:
        wipe_files(paths)
        kept = ""
    revoked = DeviceRevoked(f"{exc} yjdesk has removed the children's records from this "
                            f"laptop.{kept}", detail=exc.detail)
    revoked.wiped = True
    return revoked


def check_lease(store: LocalStore) -> None:
    """Refuse (closing ``store``) a connected profile offline for longer than its lease."""
    try:
        session = store.session()
        session.info["sync_apply"] = True
        with session, session.begin():
            lease.check(session)
    except BaseException:
        store.close()
        raise


def client_for(store: LocalStore, password: str | None = None, *,
               transport: httpx.BaseTransport | None = None) -> SyncClient:
    """A signed-in client for this store: the saved refresh token, else the password."""
    with store.session() as session:
        account = state.account_of(session)
    if account is None:
        raise KnownError("This profile is not connected to a sync service; sign in online "
                         "first.")
    from yjdesk import secrets
    from yjdesk.sync.client import SyncClient

    dev = account.device_id
    client = SyncClient(account.server_url, dev,
                        refresh_token=secrets.get_secret(_secret_name(dev)),
                        on_tokens=lambda t: save_refresh_token(t, dev), transport=transport)
    try:
        if client.refresh_token:
            try:
                client.refresh()
                return client
            except AuthenticationFailed:
                client.refresh_token = None
        if password is None:
            raise AuthenticationFailed("Please sign in again to sync.")
        client.login(account.username, password, _device_name())
    except BaseException:
        client.close()
        raise
    return client
