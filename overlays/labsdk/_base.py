"""``BaseClient`` / ``AsyncBaseClient``: one per API, built from a labspecs.ApiSpec and its generated package.

A concrete client sets ``API`` (the spec name) and ``ENV_VAR`` and writes one-liners over the helpers:
``_call`` (a generated operation, typed result, errors mapped), ``_paged`` (an ``x-pagination`` operation as an
``ItemPaged``), ``_poller`` (an ``x-long-running`` operation as a ``Poller``) and ``_download_signed`` (the
``x-signed-url`` fields of a model).
"""

from __future__ import annotations

import base64
import copy
import os
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar, cast

import httpx

from labspecs import ApiSpec, SignedUrlField, SpecError, snake_case

from ._download import AsyncDownloader, Downloader, filename_for
from ._errors import APIConnectionError, APITimeoutError, DownloadError, LabSDKError, ResponseValidationError
from ._fields import read_field, status_text
from ._pagination import AsyncItemPaged, ItemPaged
from ._polling import AsyncPoller, Polled, Poller
from ._ratelimit import RateLimitPacer
from ._retry import RetryPolicy
from ._secrets import Secret, redact_url, scrub, summarize_text
from ._spec import SpecBinding, bind
from ._strategies import PageResponse, strategy_for
from ._strict import Strict, StrictChecker, strict_checker
from ._transport import ApiTransport, last_exchange, reset_last_exchange
from ._validation import model_problem
from ._version import __version__

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DEFAULT_TIMEOUT", "AsyncBaseClient", "BaseClient"]

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError)


class DetailedResponse(Protocol):
    """What a generated ``sync_detailed`` / ``asyncio_detailed`` returns (``types.Response[T]``)."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> MutableMapping[str, str]: ...
    @property
    def parsed(self) -> object: ...


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    value: T
    headers: Mapping[str, str]
    status_code: int


@dataclass(frozen=True, slots=True)
class _Settings:
    api_key: Secret
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    user_agent: str
    headers: Mapping[str, str] = field(default_factory=dict)
    follow_redirects: bool = True


def _presets(spec: ApiSpec) -> dict[str, str]:
    presets: dict[str, str] = {}
    for index, server in enumerate(spec.document.get("servers", [])):
        words = str(server.get("description", "")).lower().split()
        kept = [w for w in words if w not in spec.name.lower()]
        key = snake_case(" ".join(kept)) if kept else ("production" if index == 0 else f"server_{index}")
        presets.setdefault(key, str(server["url"]))
    return presets


class _ClientCore:
    """What the sync and async clients share: settings, credentials, the spec binding, result checks."""

    API: ClassVar[str]
    ENV_VAR: ClassVar[str]
    BASE_URL_ENV_VAR: ClassVar[str | None] = None

    _settings: _Settings
    _inner: httpx.BaseTransport | httpx.AsyncBaseTransport
    _binding: SpecBinding
    _api_transport: ApiTransport
    _generated: object
    _pacer: RateLimitPacer | None
    _strict: StrictChecker | None = None  # strict="report" / a callback / LABSDK_STRICT: report spec drift

    @classmethod
    def servers(cls) -> dict[str, str]:
        """The spec's servers as presets (``{"production": "https://..."}``)."""
        return _presets(bind(cls.API).spec)

    def _settings_from(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int | None,
        retry: RetryPolicy | None,
        user_agent: str | None,
        headers: Mapping[str, str] | None,
        follow_redirects: bool,
    ) -> _Settings:
        self._binding = bind(self.API)
        key = api_key if api_key is not None else os.environ.get(self.ENV_VAR)
        if not key:
            raise LabSDKError(f"no API key: pass api_key= or set {self.ENV_VAR}")
        env_url = os.environ.get(self.BASE_URL_ENV_VAR) if self.BASE_URL_ENV_VAR else None
        if not (base_url or env_url) and "{" in self._binding.spec.server_url:  # e.g. http://{host}/rundb/api/v1
            where = f" or set {self.BASE_URL_ENV_VAR}" if self.BASE_URL_ENV_VAR else ""
            raise LabSDKError(f"{self.API} has no public server: pass base_url= (your own server's){where}")
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = policy.with_max_retries(max_retries)
        if not isinstance(cast(object, timeout), int | float | httpx.Timeout):
            raise TypeError("timeout must be a number of seconds or an httpx.Timeout (never None: no timeout)")
        return _Settings(
            api_key=Secret(key),
            base_url=(base_url or env_url or self._binding.spec.server_url).rstrip("/"),
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            retry=policy,
            user_agent=user_agent or f"labsdk/{__version__} ({self.API})",
            headers=dict(headers or {}),
            follow_redirects=follow_redirects,
        )

    def _credential(self) -> tuple[str, Secret]:
        auth = self._binding.spec.auth
        key = self._settings.api_key
        if auth is None:
            return "Authorization", key
        if auth.kind == "apiKey-query":
            raise SpecError(f"{self.API}: API keys in the query string are not supported")
        value = str.__str__(key)
        if auth.kind == "basic" and ":" in value:
            value = base64.b64encode(value.encode()).decode()
        return auth.header, Secret(f"{auth.prefix} {value}" if auth.prefix else value)

    def _configure(
        self, settings: _Settings, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, owns: bool
    ) -> None:
        self._settings = settings
        self._inner = inner
        header, value = self._credential()
        # One pacer per credential, shared with the with_options() copies (they spend the same budget).
        declared = self._binding.spec.rate_limit
        pacer: RateLimitPacer | None = getattr(self, "_pacer", None)
        if pacer is None and declared is not None:
            pacer = RateLimitPacer(declared)
        self._pacer = pacer
        self._api_transport = ApiTransport(
            inner,
            origin=settings.base_url,
            retry=settings.retry,
            credential_headers=[header],
            secrets=[settings.api_key, value],
            message_field=self._binding.spec.errors.message_field,
            follow_redirects=settings.follow_redirects,
            owns_inner=owns,
            pacer=pacer,
        )
        # The prefix is folded into the Secret token (prefix=""): the header value itself is then a Secret, so
        # the generated client's attrs repr of its headers shows '***' for Bearer / ApiKey schemes too.
        self._generated = self._binding.authenticated_client(
            base_url=settings.base_url,
            token=value,
            prefix="",
            auth_header_name=header,
            timeout=settings.timeout,
            headers={"User-Agent": settings.user_agent, **settings.headers},
            follow_redirects=False,
            raise_on_unexpected_status=True,
            httpx_args={"transport": self._api_transport},
        )

    def _derive(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
    ) -> Self:
        settings = self._settings
        policy = retry or settings.retry
        if max_retries is not None:
            policy = policy.with_max_retries(max_retries)
        if timeout is not None:
            settings = replace(
                settings, timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        settings = replace(settings, retry=policy, headers={**settings.headers, **(headers or {})})
        clone = copy.copy(self)
        clone._configure(settings, self._inner, owns=False)
        clone._reset_downloader()
        return clone

    def _reset_downloader(self) -> None:
        raise NotImplementedError

    # -- read-only views ------------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def spec(self) -> ApiSpec:
        return self._binding.spec

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._settings.retry

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._settings.base_url!r}, api_key='***', "
            f"max_retries={self._settings.retry.max_retries})"
        )

    # -- results --------------------------------------------------------------------------------------------------

    def _parse_failure(self, exc: Exception, what: str) -> LabSDKError | None:
        """The error to raise for an exception from a generated call, or None to let it through unchanged."""
        if self._strict is not None:
            self._strict.failure(what, exc)
        if isinstance(exc, LabSDKError):
            return None
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"request timed out ({type(exc).__name__})")
        if isinstance(exc, httpx.HTTPError):
            return APIConnectionError(f"connection error ({type(exc).__name__})")
        exchange = last_exchange()
        if exchange is None or not isinstance(exc, (*_PARSE_ERRORS, self._binding.unexpected_status)):
            return None
        return self._invalid(f"{what}: the response body does not match the spec ({type(exc).__name__}: {exc})")

    def _invalid(self, message: str) -> ResponseValidationError:
        exchange = last_exchange()
        if exchange is None:
            return ResponseValidationError(message)
        request, response = exchange
        secrets = (self._settings.api_key,)
        body = scrub(summarize_text(response.content.decode(response.encoding or "utf-8", errors="replace")), secrets)
        return ResponseValidationError(
            scrub(message, secrets),
            method=request.method,
            url=redact_url(request.url),
            status_code=response.status_code,
            body=body,
        )

    def _checked(self, response: DetailedResponse, expect: type[T], what: str) -> Result[T]:
        if self._strict is not None:
            self._strict.success(what)
        parsed = response.parsed
        if not isinstance(parsed, expect):
            raise self._invalid(f"{what}: expected {expect.__name__}, got {type(parsed).__name__}")
        problem = model_problem(parsed)
        if problem is not None:
            raise self._invalid(f"{what}: {problem}")
        return Result(parsed, dict(response.headers), int(response.status_code))

    def _signed_field(self, obj: object, prop: str) -> tuple[SignedUrlField, str]:
        schema = type(obj).__name__
        declared = {f.property: f for f in self._binding.signed_urls(schema)}
        if prop not in declared:
            raise SpecError(f"{self.API}: {schema}.{prop} is not declared x-signed-url")
        url = read_field(obj, prop)
        if not isinstance(url, str) or not url:
            status = status_text(read_field(obj, "status"))
            raise LabSDKError(f"{schema} has no {prop} yet" + (f" (status {status})" if status else ""))
        return declared[prop], url


def _target(dest_dir: Path, field: SignedUrlField, url: str) -> Path:
    return dest_dir / (field.filename or filename_for({}, url))


class BaseClient(_ClientCore):
    """The synchronous base client. ``transport`` replaces the network under the whole stack."""

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
    ) -> None:
        settings = self._settings_from(
            api_key, base_url, timeout, max_retries, retry, user_agent, headers, follow_redirects
        )
        self._user_transport = transport
        self._downloader: Downloader | None = None
        self._configure(settings, transport or httpx.HTTPTransport(), owns=transport is None)
        self._strict = strict_checker(self.API, strict, [settings.api_key, self._credential()[1]])

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other per-call options, sharing this client's connection pool:
        ``client.with_options(max_retries=0, timeout=5).get_job(job_id)``."""
        return self._derive(timeout, max_retries, retry, headers)

    def _reset_downloader(self) -> None:
        self._downloader = None

    @property
    def downloader(self) -> Downloader:
        """The credential-free client for signed URLs (same retry policy and timeout)."""
        if self._downloader is None:
            self._downloader = Downloader(
                transport=self._user_transport,
                retry=self._settings.retry,
                timeout=self._settings.timeout,
                user_agent=self._settings.user_agent,
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

    def _call_detailed(
        self, fn: Callable[..., DetailedResponse], /, *args: object, expect: type[T], **kwargs: object
    ) -> Result[T]:
        what = getattr(fn, "__module__", "operation").rsplit(".", 1)[-1]
        reset_last_exchange()
        try:
            response = fn(*args, client=self._generated, **kwargs)
        except Exception as exc:
            error = self._parse_failure(exc, what)
            if error is None:
                raise
            raise error from exc
        return self._checked(response, expect, what)

    def _call(self, fn: Callable[..., DetailedResponse], /, *args: object, expect: type[T], **kwargs: object) -> T:
        """Call a generated ``sync_detailed`` and return its parsed body, which must be an ``expect``."""
        return self._call_detailed(fn, *args, expect=expect, **kwargs).value

    def _paged(
        self,
        operation_id: str,
        item_type: type[T],
        /,
        *,
        page_size: int | None,
        max_items: int | None,
        continuation_token: str | None,
        concurrency: int = 1,
        **filters: object,
    ) -> ItemPaged[T]:
        bound = self._binding.op(operation_id)
        fixed = {k: v for k, v in filters.items() if v is not None}
        expect: type[object] = bound.success_model or object

        def fetch(page: Mapping[str, object]) -> PageResponse:
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
            sleep=self._settings.retry.sleep,
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
        out: dict[str, Path] = {}
        for prop in names:
            declared, url = self._signed_field(obj, prop)
            try:
                out[snake_case(prop)] = self.downloader.download(
                    url, _target(directory, declared, url), overwrite=overwrite, progress=progress
                )
            except DownloadError as exc:
                if refresh is None or exc.status_code not in (401, 403):
                    raise
                obj = refresh()
                declared, url = self._signed_field(obj, prop)
                out[snake_case(prop)] = self.downloader.download(
                    url, _target(directory, declared, url), overwrite=overwrite, progress=progress
                )
        return out

    def _read_signed_csv(
        self, obj: object, prop: str, *, refresh: Callable[[], object] | None = None, **pandas_kwargs: Any
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


class AsyncBaseClient(_ClientCore):
    """The asynchronous base client (``async with``, ``await``)."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        user_agent: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        follow_redirects: bool = True,
        strict: Strict = None,
    ) -> None:
        settings = self._settings_from(
            api_key, base_url, timeout, max_retries, retry, user_agent, headers, follow_redirects
        )
        self._user_transport = transport
        self._downloader: AsyncDownloader | None = None
        self._configure(settings, transport or httpx.AsyncHTTPTransport(), owns=transport is None)
        self._strict = strict_checker(self.API, strict, [settings.api_key, self._credential()[1]])

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """See :meth:`BaseClient.with_options`."""
        return self._derive(timeout, max_retries, retry, headers)

    def _reset_downloader(self) -> None:
        self._downloader = None

    @property
    def downloader(self) -> AsyncDownloader:
        if self._downloader is None:
            self._downloader = AsyncDownloader(
                transport=self._user_transport,
                retry=self._settings.retry,
                timeout=self._settings.timeout,
                user_agent=self._settings.user_agent,
            )
        return self._downloader

    async def aclose(self) -> None:
        await self._api_transport.aclose()
        if self._downloader is not None:
            await self._downloader.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _call_detailed(
        self, fn: Callable[..., Awaitable[DetailedResponse]], /, *args: object, expect: type[T], **kwargs: object
    ) -> Result[T]:
        what = getattr(fn, "__module__", "operation").rsplit(".", 1)[-1]
        reset_last_exchange()
        try:
            response = await fn(*args, client=self._generated, **kwargs)
        except Exception as exc:
            error = self._parse_failure(exc, what)
            if error is None:
                raise
            raise error from exc
        return self._checked(response, expect, what)

    async def _call(
        self, fn: Callable[..., Awaitable[DetailedResponse]], /, *args: object, expect: type[T], **kwargs: object
    ) -> T:
        """Await a generated ``asyncio_detailed`` and return its parsed body, which must be an ``expect``."""
        return (await self._call_detailed(fn, *args, expect=expect, **kwargs)).value

    def _paged(
        self,
        operation_id: str,
        item_type: type[T],
        /,
        *,
        page_size: int | None,
        max_items: int | None,
        continuation_token: str | None,
        concurrency: int = 1,
        **filters: object,
    ) -> AsyncItemPaged[T]:
        bound = self._binding.op(operation_id)
        fixed = {k: v for k, v in filters.items() if v is not None}
        expect: type[object] = bound.success_model or object

        async def fetch(page: Mapping[str, object]) -> PageResponse:
            result = await self._call_detailed(bound.asyncio_detailed, expect=expect, **{**fixed, **page})
            return PageResponse(result.value, result.headers, result.status_code)

        return AsyncItemPaged(
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
    ) -> AsyncPoller[T]:
        bound = self._binding.op(operation_id)

        async def fetch() -> Polled[T]:
            result = await self._call_detailed(bound.asyncio_detailed, *path, expect=model)
            return Polled(result.value, result.headers)

        return AsyncPoller(
            fetch,
            bound.long_running,
            job_id=job_id,
            interval=interval,
            max_interval=max_interval,
            on_progress=on_progress,
            progress=progress,
            initial=initial,
            sleep=self._settings.retry.asleep,
        )

    async def _download_signed(
        self,
        obj: object,
        props: tuple[str, ...] | None,
        dest_dir: str | os.PathLike[str],
        *,
        refresh: Callable[[], Awaitable[object]] | None = None,
        overwrite: bool = True,
        progress: bool = False,
    ) -> dict[str, Path]:
        """See :meth:`BaseClient._download_signed`."""
        directory = Path(dest_dir)
        names = props or tuple(f.property for f in self._binding.signed_urls(type(obj).__name__))
        out: dict[str, Path] = {}
        for prop in names:
            declared, url = self._signed_field(obj, prop)
            try:
                out[snake_case(prop)] = await self.downloader.download(
                    url, _target(directory, declared, url), overwrite=overwrite, progress=progress
                )
            except DownloadError as exc:
                if refresh is None or exc.status_code not in (401, 403):
                    raise
                obj = await refresh()
                declared, url = self._signed_field(obj, prop)
                out[snake_case(prop)] = await self.downloader.download(
                    url, _target(directory, declared, url), overwrite=overwrite, progress=progress
                )
        return out

    async def _read_signed_csv(
        self,
        obj: object,
        prop: str,
        *,
        refresh: Callable[[], Awaitable[object]] | None = None,
        **pandas_kwargs: Any,
    ) -> pd.DataFrame:
        """See :meth:`BaseClient._read_signed_csv`."""
        _, url = self._signed_field(obj, prop)
        try:
            return await self.downloader.read_csv(url, **pandas_kwargs)
        except DownloadError as exc:
            if refresh is None or exc.status_code not in (401, 403):
                raise
            _, url = self._signed_field(await refresh(), prop)
            return await self.downloader.read_csv(url, **pandas_kwargs)
