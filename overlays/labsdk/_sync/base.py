# Derived from overlays/labsdk/_async/base.py by tools/codegen/unasync.py: do not edit.
# Edit that source and run `make generate`; `make check-generated` fails on any difference.
"""``BaseClient``: what every API client is built on (see ``labsdk._base`` for what it shares with its other face)."""

from __future__ import annotations

import contextlib
import copy
import inspect
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, cast

import httpx

from labspecs import SignedRedirect, SpecError, snake_case

from .._base import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    KEEP,
    DetailedResponse,
    RawResponse,
    Result,
    _ClientCore,
    _Settings,
    expand_path,
    raw_response,
    share_json,
    signed_location,
    signed_target,
)
from .._download import _PartFile
from .._errors import DownloadError
from .._polling import Polled
from .._proxies import ProxyRules, ProxyTypes
from .._retry import RetryPolicy
from .._strategies import PageResponse, strategy_for
from .._strict import Strict, strict_checker
from .._transport import (
    REDIRECT_STATUSES,
    EventHooks,
    answering_raw,
    capturing,
    reset_last_exchange,
    sending_query,
)
from .download import Downloader, Opener, commit_parts
from .pagination import ItemPaged
from .polling import Poller
from .proxies import network_transport
from .transport import ApiTransport

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["BaseClient"]

T = TypeVar("T")


class _GeneratedClient(Protocol):
    def get_httpx_client(self) -> httpx.Client: ...


class BaseClient(_ClientCore):
    """The base client. ``transport`` replaces the network under the whole stack; otherwise requests go through the
    proxies of ``proxy=`` or of the environment (``HTTPS_PROXY``, ``NO_PROXY``, ...; see ``labsdk._proxies``)."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        user_agent: str | None = None,
        transport: httpx.BaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = True,
        strict: Strict = None,
        proxy: ProxyTypes | None = None,
        trust_env: bool = True,
        deadline: float | None = DEFAULT_DEADLINE,
        secret_headers: Iterable[str] = (),
        event_hooks: EventHooks | None = None,
    ) -> None:
        """``deadline``: seconds each call may take in all (retries, waits and the answer's transfer included;
        ``None``: no limit), on top of httpx's per-phase ``timeout``. ``headers``: sent with every request to the
        API's origin (never elsewhere, never shown); ``secret_headers`` names more of them whose values are secret
        (scrubbed from errors and logs). ``event_hooks={"request": [...], "response": [...]}``: plain callables
        called for every request sent (each retry and redirect) with a redacted copy (URL signatures, the
        credential and secret headers ``***``; no body), and for every response (headers only, its body not yet
        read; ``response.request`` is that redacted copy)."""
        proxies = ProxyRules.resolve(proxy, trust_env=trust_env, transport=transport)
        settings = self._settings_from(
            api_key,
            base_url,
            timeout,
            max_retries,
            retry,
            user_agent,
            headers,
            follow_redirects,
            proxies,
            deadline=deadline,
            secret_headers=secret_headers,
            event_hooks=event_hooks,
        )
        self._user_transport = transport
        self._downloader: Downloader | None = None
        self._configure(settings, transport or network_transport(proxies), owns=transport is None)
        self._strict = strict_checker(self.API, strict, list(self._secret_values()))

    def _configure(self, settings: _Settings, inner: httpx.BaseTransport, owns: bool) -> None:
        self._settings = settings
        self._inner = inner
        self._api_transport = ApiTransport(
            inner,
            origin=settings.base_url,
            retry=settings.retry,
            credential=self._credential(),
            credential_query=self._credential_query(),
            headers=settings.headers,
            secret_headers=settings.secret_headers,
            secrets=self._secret_values(),
            deadline=settings.deadline,
            event_hooks=settings.event_hooks,
            message_field=self._binding.spec.errors.message_field,
            code_field=self._binding.spec.errors.code_field,
            error_classes=self.ERRORS,
            follow_redirects=settings.follow_redirects,
            owns_inner=owns,
            pacer=self._shared_pacer(),
        )
        self._generated = self._generated_client(self._api_transport, _share_json)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        deadline: float | None = KEEP,
    ) -> Self:
        """A copy with other per-call options, sharing this client's connection pool:
        ``client.with_options(max_retries=0, timeout=5).get_job(job_id)``."""
        clone = copy.copy(self)
        settings = self._derived_settings(timeout, max_retries, retry, headers, deadline)
        clone._configure(settings, self._inner, owns=False)
        clone._downloader = None
        return clone

    @property
    def with_raw_response(self) -> RawResponses:
        """Any call of this client, answering its raw HTTP response as well:
        ``raw = client.with_raw_response.get_job(job_id)``; ``raw.status_code``, ``raw.headers``,
        ``raw.content`` / ``raw.json()``, and ``raw.parse()`` the value the call returns."""
        return RawResponses(self)

    @property
    def downloader(self) -> Downloader:
        """The credential-free client for signed URLs (same retry policy, timeout and event hooks)."""
        if self._downloader is None:
            self._downloader = Downloader(
                transport=self._user_transport,
                retry=self._settings.retry,
                timeout=self._settings.timeout,
                user_agent=self._settings.user_agent,
                event_hooks=self._settings.event_hooks,
                proxy=self._settings.proxies,
            )
        return self._downloader

    def close(self) -> None:
        self._api_transport.close()
        if self._downloader is not None:
            self._downloader.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: httpx.QueryParams | Mapping[str, Any] | None = None,
        json: object = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Call an endpoint this client does not wrap: ``client.request("GET", "/storage/volumes")``.

        ``path`` is joined to the base URL (``/v2/...`` for ``/...``); an absolute URL is taken as it is, and gets
        the credential only on the API's own origin. The call has everything the client's own calls have: the
        credential, the timeout, retries with backoff, rate-limit pacing and typed errors (a non-2xx raises an
        ``APIStatusError`` subclass, a transport failure ``APIConnectionError``). Returns the response, its body
        read (``.json()``)."""
        client = cast(Any, self._generated).get_httpx_client()
        kwargs: dict[str, Any] = {"params": params, "headers": dict(headers or {})}
        if json is not None:
            kwargs["json"] = json
        if content is not None:
            kwargs["content"] = content
        try:
            response: httpx.Response = client.request(method.upper(), path, **kwargs)
        except Exception as exc:
            error = self._parse_failure(exc, "request")
            if error is None:
                raise
            raise error from exc
        return response

    def _call_detailed(
        self, fn: Callable[..., DetailedResponse], /, *args: object, expect: type[T], **kwargs: object
    ) -> Result[T]:
        module = getattr(fn, "__module__", "operation")
        reset_last_exchange()
        try:
            response = fn(*args, client=self._generated, **kwargs)
        except Exception as exc:
            error = self._parse_failure(exc, module)
            if error is None:
                raise
            raise error from exc
        return self._checked(response, expect, module)

    def _call(self, fn: Callable[..., DetailedResponse], /, *args: object, expect: type[T], **kwargs: object) -> T:
        """Call a generated operation and return its parsed body, which must be an ``expect``."""
        return self._call_detailed(fn, *args, expect=expect, **kwargs).value

    def _paged(
        self,
        operation_id: str,
        item_type: type[T],
        /,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        concurrency: int = 1,
        extra_query: Mapping[str, list[str]] | None = None,
        **filters: object,
    ) -> ItemPaged[T]:
        """An ``x-pagination`` operation as an ``ItemPaged``; ``filters`` are its parameters, ``extra_query`` query
        parameters its spec cannot declare (sent with every page)."""
        bound = self._binding.op(operation_id)
        fixed = {k: v for k, v in filters.items() if v is not None}
        expect: type[object] = bound.success_model or object

        def fetch(page: Mapping[str, object]) -> PageResponse:
            with sending_query(extra_query):
                result = self._call_detailed(bound.sync_detailed, expect=expect, **{**fixed, **page})
            return PageResponse(result.value, result.headers, result.status_code)

        return ItemPaged(
            fetch,
            strategy_for(bound.pagination),
            item_type=item_type,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            concurrency=concurrency,
        )

    def _poller(
        self,
        operation_id: str,
        model: type[T],
        *path: object,
        job_id: str,
        interval: float = 0.5,
        max_interval: float = 10.0,
        on_progress: Callable[[str, float | None, T], None] | None = None,
        progress: bool = False,
        initial: T | None = None,
    ) -> Poller[T]:
        bound = self._binding.op(operation_id)

        def fetch() -> Polled[T]:
            result = self._call_detailed(bound.sync_detailed, *path, expect=model)
            return Polled(result.value, result.headers)

        return Poller(
            fetch,
            bound.long_running,
            job_id=job_id,
            interval=interval,
            max_interval=max_interval,
            on_progress=on_progress,
            progress=progress,
            initial=initial,
            sleep=self._settings.retry.pause,
        )

    def _download_signed(
        self,
        obj: object,
        props: tuple[str, ...] | None,
        dest_dir: str | os.PathLike[str],
        *,
        refresh: Callable[[], object] | None = None,
        overwrite: bool = True,
        progress: bool = False,
    ) -> dict[str, Path]:
        """Download the ``x-signed-url`` fields of ``obj`` (all declared ones unless ``props``) into ``dest_dir``,
        each named by its declared filename; keys are the Python attribute names. A 401/403 (an expired
        signature) refreshes ``obj`` once through ``refresh``."""
        directory = Path(dest_dir)
        names = props or tuple(f.property for f in self._binding.signed_urls(type(obj).__name__))
        parts: dict[str, _PartFile] = {}

        def fetch(prop: str) -> _PartFile:
            declared, url = self._signed_field(obj, prop)
            target = signed_target(directory, declared, url)
            opener = self.downloader.opener(url)
            return self.downloader.fetch_part(opener, url, target, overwrite=overwrite, progress=progress)

        try:
            for prop in names:
                try:
                    parts[snake_case(prop)] = fetch(prop)
                except DownloadError as exc:
                    if refresh is None or exc.status_code not in (401, 403):
                        raise
                    obj = refresh()
                    parts[snake_case(prop)] = fetch(prop)
        except BaseException:
            for part in parts.values():
                part.discard()
            raise
        # All or none: every file is complete before the first replaces its destination.
        commit_parts(list(parts.values()))
        return {key: part.final for key, part in parts.items()}

    def _read_signed_csv(
        self,
        obj: object,
        prop: str,
        *,
        refresh: Callable[[], object] | None = None,
        **pandas_kwargs: Any,
    ) -> pd.DataFrame:
        """The CSV behind the ``x-signed-url`` field ``prop`` of ``obj``; an expired URL (401/403) is refreshed once."""
        _, url = self._signed_field(obj, prop)
        try:
            return self.downloader.read_csv(url, **pandas_kwargs)
        except DownloadError as exc:
            if refresh is None or exc.status_code not in (401, 403):
                raise
            _, url = self._signed_field(refresh(), prop)
            return self.downloader.read_csv(url, **pandas_kwargs)

    def _download_redirected(
        self,
        operation_id: str,
        *path: object,
        dest: str | os.PathLike[str],
        query: Mapping[str, str | int | float | bool | None] | None = None,
        overwrite: bool = True,
        progress: bool = False,
    ) -> Path:
        """Download what the ``x-signed-redirect`` operation ``operation_id`` (its path parameters ``path``, in the
        path's order, and ``query``) answers, into ``dest``: a file path, or an existing folder (then the file is
        named by the server, else the declared filename, else the URL). The operation is sent with the API
        credential and its redirect is not followed; the signed ``Location`` is fetched by the credential-free
        downloader (streamed, length-checked, resumed with ``Range``, atomic). A 2xx answer with the content inline
        is saved the same way (resumed through the API). An expired signature (401/403 from the signed host) asks
        the operation once more for a fresh one."""
        op = self._binding.op(operation_id).operation
        if op.signed_redirect is None:
            raise SpecError(f"{self.API}: {operation_id} is not declared x-signed-redirect")
        declared, url = op.signed_redirect, expand_path(op, path)
        params = {k: v for k, v in (query or {}).items() if v is not None}
        http = self._http()

        def ask(headers: Mapping[str, str]) -> httpx.Response:
            request = http.build_request(op.method.upper(), url, params=params, headers=dict(headers))
            try:
                with answering_raw():
                    return http.send(request, stream=True)
            except httpx.HTTPError as exc:  # httpx's own, not the transport's: a Location it cannot parse
                raise self._invalid(f"{operation_id}: a redirect without a usable Location ({exc})") from exc

        try:
            return self._fetch_redirected(ask, operation_id, declared, dest, overwrite, progress)
        except DownloadError as exc:
            if exc.status_code not in (401, 403):
                raise
            return self._fetch_redirected(ask, operation_id, declared, dest, overwrite, progress)

    def _fetch_redirected(
        self,
        ask: Callable[[Mapping[str, str]], httpx.Response],
        operation_id: str,
        declared: SignedRedirect,
        dest: str | os.PathLike[str],
        overwrite: bool,
        progress: bool,
    ) -> Path:
        response = ask({"Accept-Encoding": "identity"})
        if response.status_code not in REDIRECT_STATUSES:  # the content inline: stream it, resume through the API
            opener = _resuming(response, ask)
            return self.downloader.download_from(
                opener, str(response.url), dest, filename=declared.filename, overwrite=overwrite, progress=progress
            )
        try:
            response.read()
        finally:
            response.close()
        location = signed_location(response)
        if location is None:
            raise self._invalid(f"{operation_id}: a {response.status_code} without a usable Location")
        return self.downloader.download(
            location, dest, filename=declared.filename, overwrite=overwrite, progress=progress
        )

    def _http(self) -> httpx.Client:
        """The generated client's httpx client: the API's base URL, credential, headers, timeout and transport."""
        generated: _GeneratedClient = self._generated  # type: ignore[assignment]
        return generated.get_httpx_client()


class RawResponses:
    """``client.with_raw_response``: each attribute is the client's method of that name, answering a
    :class:`~labsdk.RawResponse` (the call's last HTTP exchange and its value)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        method = getattr(self._client, name)
        if name.startswith("_") or not callable(method):
            raise AttributeError(f"{type(self._client).__name__}.{name} is not a call")

        def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            with capturing() as seen:
                value = method(*args, **kwargs)
                if inspect.isawaitable(value):
                    value = value
            return raw_response(value, seen)

        return call


def _share_json(response: httpx.Response) -> None:
    share_json(response)


def _resuming(first: httpx.Response, ask: Callable[[Mapping[str, str]], httpx.Response]) -> Opener:
    """An opener that hands out ``first`` (already open), then asks again (with ``Range``) for a resume."""
    pending = [first]

    @contextlib.contextmanager
    def open_content(headers: Mapping[str, str]) -> Iterator[httpx.Response]:
        response = pending.pop() if pending else ask(headers)
        try:
            yield response
        finally:
            response.close()

    return open_content
