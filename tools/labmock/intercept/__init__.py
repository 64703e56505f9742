"""moto-style interception: the requests that code under test sends to an API's real hosts are answered by an
in-process mock, with no socket and no change to that code.

    with labmock.intercept("sevenbridges") as mock:          # https://api.sbgenomics.com, eu-api.sbgenomics.com
        api = sevenbridges.Api(url="https://api.sbgenomics.com/v2", token=mock.server.key)
        api.projects.query()                                  # answered by mock.server
        assert mock.requests(operation="listProjects")

    @labmock.intercept("iontorrent", hosts="torrent.mylab.org")   # a decorator too: a fresh mock per call
    def test_my_pipeline() -> None: ...

Three client stacks are covered: httpx (with respx: labsdk, sphinxbio and any httpx client), requests
(``HTTPAdapter.send`` is wrapped: every session, made before or after, including sevenbridges-python's), and urllib
(``urlopen``, which ``pandas.read_csv(url)`` uses). The intercepted hosts are every server URL of the API's spec (a
deployment such as CAVATICA: its own), plus the ``hosts`` you name (``"torrent.lab"``, ``"torrent.lab:8080"``,
``"https://x.org"``); Ion Torrent has no public host, so you name yours. Any other host passes through to the network
with ``passthrough=True``, and otherwise fails as an unreachable host would (``httpx.ConnectError``,
``requests.ConnectionError``, ``urllib.error.URLError``). Signed URLs are made on the intercepted host, so downloads
are answered too. Interceptions nest (the innermost one that names a host answers it); other hosts pass through only
if every active one allows it.

respx is needed for httpx interception (the ``intercept`` extra); without it, requests and urllib are still covered.
A program in another interpreter (another virtual environment) is intercepted with :func:`child_environment`.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..core import LabmockError, MockConfig, MockServer
from ..handles import ControlMethods
from ..services import SERVICES, get
from ._hosts import Host, parse_host, service_urls

F = TypeVar("F", bound=Callable[..., Any])


class Interception(ControlMethods):
    """An active interception: its in-process mock (:attr:`server`, and the control plane's methods), the hosts it
    answers, and :attr:`base_url`, the real service's API URL the code under test uses."""

    def __init__(self, server: MockServer, hosts: list[Host], urls: list[str], passthrough: bool) -> None:
        self.server = server
        self.hosts = tuple(hosts)
        self.passthrough = passthrough
        self.base_url = urls[0] if urls else f"{hosts[0].scheme or 'http'}://{hosts[0]}{server.base_path}"

    def answers(self, scheme: str, host: str, port: int | None) -> bool:
        return any(h.matches(scheme, host, port) for h in self.hosts)

    def __repr__(self) -> str:
        return f"Interception({self.server.name!r}, hosts={[str(h) for h in self.hosts]})"


class intercept(contextlib.AbstractContextManager[Interception]):
    """Route the traffic aimed at an API's real hosts to an in-process mock (see the module's documentation).

    ``api`` is a service name or a :class:`MockServer` to use; ``config`` (or keyword knobs such as ``job_polls=2``)
    configures a new one. As a decorator, each call of the function gets a fresh mock (sync and async functions)."""

    def __init__(
        self,
        api: str | MockServer,
        config: MockConfig | None = None,
        *,
        hosts: str | Iterable[str] = (),
        passthrough: bool = False,
        **knobs: Any,
    ) -> None:
        if isinstance(api, MockServer) and (config is not None or knobs):
            raise LabmockError("give a MockServer or a config, not both")
        self._api = api
        self._config = (config or MockConfig()).with_(**knobs) if knobs else config
        self._hosts = [hosts] if isinstance(hosts, str) else list(hosts)
        self._passthrough = passthrough
        self._active: Interception | None = None
        service = api.service if isinstance(api, MockServer) else get(api)
        self._urls = service_urls(service, SERVICES.values())
        self._parsed = [parse_host(u) for u in self._urls] + [parse_host(h) for h in self._hosts]
        if not self._parsed:
            raise LabmockError(
                f"{service.name}: its spec names no fixed host ({', '.join(service.load_spec().servers)}): "
                f"name yours, e.g. intercept({service.name!r}, hosts='torrent.mylab.org')"
            )

    def __enter__(self) -> Interception:
        if self._active is not None:
            raise LabmockError("this interception is active already")
        server = self._api if isinstance(self._api, MockServer) else MockServer(get(self._api), self._config)
        self._active = Interception(server, self._parsed, self._urls, self._passthrough)
        _REGISTRY.add(self._active)
        return self._active

    def __exit__(self, *exc: object) -> None:
        if self._active is not None:
            _REGISTRY.remove(self._active)
            self._active = None

    def _copy(self) -> intercept:
        api = self._api
        return intercept(api, self._config, hosts=self._hosts, passthrough=self._passthrough)

    def __call__(self, func: F) -> F:
        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                with self._copy():
                    return await func(*args, **kwargs)

            return run_async  # type: ignore[return-value]

        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            with self._copy():
                return func(*args, **kwargs)

        return run  # type: ignore[return-value]

    @staticmethod
    def active(api: str | None = None) -> Interception:
        """The innermost active interception (of ``api``): how a decorated function reaches its mock."""
        return _REGISTRY.current(api)


class _Registry:
    """The active interceptions; the patches of the three client stacks are in place while there is one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active: list[Interception] = []
        self._patches: list[Any] = []

    def add(self, interception: Interception) -> None:
        with self._lock:
            if not self._active:
                self._start()
            self._active.append(interception)

    def remove(self, interception: Interception) -> None:
        with self._lock:
            if interception in self._active:
                self._active.remove(interception)
            if not self._active:
                self._stop()

    def find(self, scheme: str, host: str, port: int | None) -> Interception | None:
        for interception in reversed(self._active):
            if interception.answers(scheme, host, port):
                return interception
        return None

    def refusal(self, url: str) -> str | None:
        """Why a request to ``url`` (no query: it may hold secrets) may not go out, or None if it may."""
        strict = [i for i in self._active if not i.passthrough]
        if not strict:
            return None
        names = ", ".join(sorted({i.server.name for i in strict}))
        return f"labmock.intercept({names}): {url} is not intercepted, and passthrough is off"

    def current(self, api: str | None) -> Interception:
        for interception in reversed(self._active):
            if api is None or interception.server.name == api:
                return interception
        raise LabmockError(f"no active interception{f' of {api!r}' if api else ''}")

    def _start(self) -> None:
        from ._routing import Routing
        from ._urllib import UrllibPatch

        routing = Routing(self.find, self.refusal)
        patches: list[Any] = [UrllibPatch(routing)]
        with contextlib.suppress(ImportError):  # requests is not installed: nothing to patch
            from ._requests import RequestsPatch

            patches.append(RequestsPatch(routing))
        with contextlib.suppress(ImportError):  # respx (the "intercept" extra) or httpx is not installed
            from ._httpx import HttpxPatch

            patches.append(HttpxPatch(routing))
        for patch in patches:
            patch.start()
        self._patches = patches

    def _stop(self) -> None:
        for patch in reversed(self._patches):
            patch.stop()
        self._patches = []


_REGISTRY = _Registry()


from .child import child_environment  # noqa: E402

intercept.child_environment = staticmethod(child_environment)  # type: ignore[attr-defined]

__all__ = ["Interception", "child_environment", "intercept"]
