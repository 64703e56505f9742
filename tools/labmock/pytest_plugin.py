"""The pytest plugin (registered by the ``pytest11`` entry point: installing labmock is enough).

Fixtures:

- ``labmock``: a factory. ``labmock("sevenbridges", job_polls=2)`` is a :class:`LabMock`: a mock listening on
  127.0.0.1 (``base_url``, ``origin``, ``api_key``), a ready labsdk client (``client``; ``async_client()`` makes an
  async one), plain httpx clients (``http()``) and the control plane's methods (``reset``, ``snapshot``,
  ``restore``, ``load_data``, ``requests``, ``add_fault``, ``finish_job``, ``fail_job``, ...). ``live=False`` keeps
  it in-process (no socket: ``client`` and ``http`` use the mock's transport).
- ``labmock_<api>`` for every mocked API (``labmock_biodock``, ``labmock_sphinx``, ``labmock_sevenbridges``,
  ``labmock_cavatica``, ``labmock_iontorrent``): ``labmock("<api>")``.

Each test starts from the start state: servers are started once per session for each API and set of knobs, and reset
(in milliseconds) when a test takes one. Disable the plugin with ``-p no:labmock``.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from .core import LabmockError, MockConfig, MockServer
from .core.live import LiveServer
from .handles import ControlMethods
from .services import SERVICES, get

Key = tuple[str, bool, MockConfig]
T = TypeVar("T")


class LabMock(ControlMethods):
    """One test's mock: where it listens, clients for it, and the control plane's methods."""

    def __init__(self, server: MockServer, live: LiveServer | None) -> None:
        self.server = server
        self.live = live
        self._clients: list[Any] = []

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:<port>``, where the control plane (``/_labmock/``) is too."""
        return (
            self.live.origin
            if self.live is not None
            else self.server.local_base_url.removesuffix(self.server.base_path)
        )

    @property
    def base_url(self) -> str:
        """The API's base URL on the mock (e.g. ``http://127.0.0.1:<port>/v2``)."""
        return self.live.base_url if self.live is not None else self.server.local_base_url

    @property
    def api_key(self) -> str:
        return self.server.key

    @property
    def client(self) -> Any:
        """The API's labsdk client on :attr:`base_url`, made on first use and closed after the test."""
        made = self.__dict__.get("_sdk")
        if made is None:
            transport = self.server.transport() if self.live is None else None
            made = self.__dict__["_sdk"] = self._clients_append(sdk_class(self.server)(**self._sdk_options(transport)))
        return made

    def async_client(self) -> Any:
        """A new async labsdk client on :attr:`base_url`, to use as ``async with mock.async_client() as client``."""
        transport = self.server.async_transport() if self.live is None else None
        return sdk_class(self.server, asynchronous=True)(**self._sdk_options(transport))

    def http(self, *, authenticated: bool = True) -> httpx.Client:
        """A plain ``httpx.Client`` on :attr:`base_url` (with the credential unless ``authenticated=False``), closed
        after the test."""
        if self.live is None:
            return self._clients_append(self.server.client(authenticated=authenticated))
        headers = self.server.auth_headers() if authenticated else {}
        return self._clients_append(
            httpx.Client(base_url=self.base_url, headers=headers, trust_env=False, timeout=30.0)
        )

    def _sdk_options(self, transport: Any) -> dict[str, Any]:
        return {"api_key": self.server.key, "base_url": self.base_url, "transport": transport}

    def _clients_append(self, made: T) -> T:
        self._clients.append(made)
        return made

    def close(self) -> None:
        for made in reversed(self._clients):
            made.close()
        self._clients.clear()

    def __repr__(self) -> str:
        return f"LabMock({self.server.name!r}, base_url={self.base_url!r})"


def sdk_class(server: MockServer, *, asynchronous: bool = False) -> type:
    """The labsdk client class of the server's spec: the ``BaseClient`` (or ``AsyncBaseClient``) subclass of
    ``labsdk.<spec>`` whose ``API`` is the spec's name."""
    spec_name = server.spec.name
    try:
        import labsdk

        module = importlib.import_module(f"labsdk.{spec_name}")
    except ImportError as exc:
        raise LabmockError(f"no labsdk client for {spec_name} ({exc}): install labsdk, or use mock.http()") from None
    base = labsdk.AsyncBaseClient if asynchronous else labsdk.BaseClient
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, base) and getattr(value, "API", None) == spec_name:
            return value
    raise LabmockError(f"labsdk.{spec_name} has no {'async ' if asynchronous else ''}client class")


class _Pool:
    """The session's servers: one per API, placement and knobs, started on first use."""

    def __init__(self) -> None:
        self._stack = contextlib.ExitStack()
        self._servers: dict[Key, tuple[MockServer, LiveServer | None]] = {}

    def get(self, key: Key) -> tuple[MockServer, LiveServer | None]:
        found = self._servers.get(key)
        if found is None:
            api, live, config = key
            import labmock

            server = MockServer(get(api), config)
            running = self._stack.enter_context(labmock.running(server)) if live else None
            found = self._servers[key] = (server, running)
        return found

    def close(self) -> None:
        self._stack.close()


@pytest.fixture(scope="session")
def _labmock_pool() -> Iterator[_Pool]:
    pool = _Pool()
    yield pool
    pool.close()


@pytest.fixture
def labmock(_labmock_pool: _Pool) -> Iterator[Callable[..., LabMock]]:
    """``labmock(api, *, live=True, **knobs)``: a mock of ``api`` (a :class:`LabMock`) in its start state; the
    knobs are :class:`~labmock.MockConfig`'s (``job_polls=2``, ``fault_rate=0.1``, ``data=["mine.yaml"]``, ...)."""
    taken: dict[Key, LabMock] = {}

    def make(api: str, *, live: bool = True, **knobs: Any) -> LabMock:
        given: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in knobs.items()}
        config = MockConfig(**given)  # a bad knob fails here, with its message
        key: Key = (get(api).name, live, config)
        mock = taken.get(key)
        if mock is None:
            server, running = _labmock_pool.get(key)
            server.reset()
            mock = taken[key] = LabMock(server, running)
        return mock

    yield make
    for mock in taken.values():
        mock.close()


def _api_fixture(name: str) -> Any:
    def fixture(labmock: Callable[..., LabMock]) -> LabMock:
        return labmock(name)

    fixture.__name__ = f"labmock_{name}"
    fixture.__doc__ = f"A mock of {name} in its start state (``labmock({name!r})``)."
    return pytest.fixture(name=f"labmock_{name}")(fixture)


for _name in SERVICES:
    globals()[f"labmock_{_name}"] = _api_fixture(_name)
