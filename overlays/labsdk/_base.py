"""What every API client shares with its other face: settings, credentials, the spec binding, result checks (no I/O).

The base clients themselves are ``BaseClient`` in ``_async/base.py`` (``AsyncBaseClient``) and its sync derivation
(``BaseClient``): one per API, built from a labspecs.ApiSpec and its generated package. A concrete client sets
``API`` (the spec name) and ``ENV_VAR`` and writes one-liners over their helpers: ``_call`` (a generated operation,
typed result, errors mapped), ``_paged`` (an ``x-pagination`` operation as an ``ItemPaged``), ``_poller`` (an
``x-long-running`` operation as a ``Poller``) and ``_download_signed`` (the ``x-signed-url`` fields of a model).
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar, Generic, Protocol, TypedDict, TypeVar, cast
from urllib.parse import quote

import httpx

from labspecs import ApiSpec, Operation, SignedUrlField, SpecError, snake_case

from ._download import filename_for
from ._errors import APIConnectionError, APIStatusError, APITimeoutError, LabSDKError, ResponseValidationError
from ._fields import lowered_headers, read_field, status_text, type_name
from ._proxies import ProxyRules, ProxyTypes
from ._ratelimit import RateLimitPacer
from ._retry import PARSED_JSON, RetryPolicy
from ._secrets import Secret, redact_url, scrub, summarize_text
from ._spec import SpecBinding, bind
from ._strict import Strict, StrictChecker
from ._transport import EventHooks, last_exchange
from ._version import __version__

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "DetailedResponse",
    "PageOptions",
    "RawResponse",
    "Result",
]

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_DEADLINE = 600.0  # seconds per call, retries and waits included (``deadline=None``: none)
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
    headers: Mapping[str, str]  # by lower-case name
    status_code: int


class PageOptions(TypedDict, total=False):
    """How a ``list_*`` walks its pages, the same for every list: ``page_size`` items a page (the API's default when
    not given), at most ``max_items`` items in all, starting from a ``continuation_token`` a page handed out earlier
    (``ItemPaged.continuation_token``)."""

    page_size: int | None
    max_items: int | None
    continuation_token: str | None


class ClientOptions(TypedDict, total=False):
    """The options every client takes beside its credential, URL and transport, so that a client with a
    constructor of its own (Seven Bridges' profiles) passes them on with ``**options: Unpack[ClientOptions]``
    instead of repeating the list."""

    timeout: float | httpx.Timeout
    max_retries: int | None
    retry: RetryPolicy | None
    user_agent: str | None
    headers: Mapping[str, str] | None
    follow_redirects: bool
    strict: Strict
    deadline: float | None
    secret_headers: Iterable[str]
    event_hooks: EventHooks | None
    proxy: ProxyTypes | None
    trust_env: bool


@dataclass(frozen=True, slots=True)
class _Settings:
    """A client's settings. ``headers`` values are :class:`Secret` (a repr shows ``'***'``): the user's headers
    may carry credentials of their own."""

    api_key: Secret
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    user_agent: str
    headers: Mapping[str, str] = field(default_factory=dict)
    follow_redirects: bool = True
    deadline: float | None = DEFAULT_DEADLINE
    secret_headers: tuple[str, ...] = ()
    event_hooks: EventHooks | None = field(default=None, repr=False)
    proxies: ProxyRules = field(default_factory=ProxyRules)  # the network's proxies (API calls and downloads)


def _secret_values(headers: Mapping[str, str] | None) -> dict[str, str]:
    return {str(name): Secret(str(value)) for name, value in (headers or {}).items()}


def _checked_deadline(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(cast(object, deadline), int | float) or not deadline > 0:
        raise TypeError("deadline must be a number of seconds > 0, or None (no deadline)")
    if deadline == float("inf"):
        return None
    return float(deadline)


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """What ``client.with_raw_response.<call>(...)`` returns: the HTTP answer of the call (the last exchange, after
    retries and redirects), and the value the call returns (``parse()``). The request is not kept: it carried the
    credential; ``method`` and the redacted ``url`` say what it was."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    method: str
    url: str
    value: T
    exchanges: int = 1

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        import json

        return json.loads(self.content)

    def parse(self) -> T:
        return self.value


def raw_response(value: T, exchanges: Sequence[tuple[httpx.Request, httpx.Response]]) -> RawResponse[T]:
    if not exchanges:
        raise LabSDKError(
            "the call sent no request (a paged list is fetched as you iterate it): use client.request() for the raw "
            "answer of one page"
        )
    request, response = exchanges[-1]
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    return RawResponse(
        status_code=response.status_code,
        headers=httpx.Headers(response.headers),
        content=content,
        method=request.method,
        url=redact_url(request.url),
        value=value,
        exchanges=len(exchanges),
    )


def _presets(spec: ApiSpec) -> dict[str, str]:
    presets: dict[str, str] = {}
    for index, server in enumerate(spec.document.get("servers", [])):
        words = str(server.get("description", "")).lower().split()
        kept = [w for w in words if w not in spec.name.lower()]
        key = snake_case(" ".join(kept)) if kept else ("production" if index == 0 else f"server_{index}")
        presets.setdefault(key, str(server["url"]))
    return presets


KEEP: Any = object()  # with_options(deadline=KEEP): this client's deadline


class _ClientCore:
    """What the sync and async clients share: settings, credentials, the spec binding, result checks."""

    API: ClassVar[str]
    ENV_VAR: ClassVar[str]
    BASE_URL_ENV_VAR: ClassVar[str | None] = None
    # The API's error codes (its x-errors code-field) that raise a typed error of their own, e.g. Sphinx Bio's
    # {"ObjectNotFoundError": ObjectNotFoundError}; any other error raises the class of its status.
    ERRORS: ClassVar[Mapping[int | str, type[APIStatusError]]] = {}

    _settings: _Settings
    _binding: SpecBinding
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
        proxies: ProxyRules | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        secret_headers: Iterable[str] = (),
        event_hooks: EventHooks | None = None,
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
            headers=_secret_values(headers),
            follow_redirects=follow_redirects,
            proxies=proxies if proxies is not None else ProxyRules(),
            deadline=_checked_deadline(deadline),
            secret_headers=tuple(str(name) for name in secret_headers),
            event_hooks=event_hooks,
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

    def _secret_values(self) -> tuple[str, ...]:
        """Every secret of this client: the key, the credential header's value, the credential query's secret values,
        the secret headers' values, the proxies' credentials."""
        settings = self._settings
        marked = {name.lower() for name in settings.secret_headers}
        extra = [value for name, value in settings.headers.items() if name.lower() in marked]
        query = [value for value in self._credential_query().values() if isinstance(value, Secret)]
        values = (settings.api_key, self._credential()[1], *query, *extra, *settings.proxies.secrets)
        return tuple(value for value in values if value)

    def _credential_query(self) -> Mapping[str, str]:
        """Query parameters that carry the credential on each request to the API's origin (none by default; Ion
        Torrent's ``credential_form="query"`` sends ``?username=&api_key=``). Added under the retries, on the wire
        only: the requests that errors and logs describe never hold them. The values that are ``Secret`` are scrubbed
        from errors."""
        return {}

    def _shared_pacer(self) -> RateLimitPacer | None:
        """One pacer per credential, shared with the with_options() copies (they spend the same budget)."""
        declared = self._binding.spec.rate_limit
        pacer: RateLimitPacer | None = getattr(self, "_pacer", None)
        if pacer is None and declared is not None:
            pacer = RateLimitPacer(declared)
        self._pacer = pacer
        return pacer

    def _generated_client(self, transport: object, on_response: object) -> object:
        """The generated package's client, sending every request through ``transport``; ``on_response`` (a hook of
        the sync or async face) parses each JSON body once (:func:`share_json`). It holds neither the credential nor
        the user's headers (``get_httpx_client().headers`` shows neither): the API transport adds them to the
        requests for the API's origin only."""
        settings = self._settings
        plain: Any = self._binding.client_module.Client
        return plain(
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers={"User-Agent": settings.user_agent},
            follow_redirects=False,
            raise_on_unexpected_status=True,
            httpx_args={"transport": transport, "event_hooks": {"response": [on_response]}},
        )

    def _derived_settings(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
        deadline: float | object | None = KEEP,
    ) -> _Settings:
        """This client's settings with the ``with_options`` overrides (``deadline`` is kept unless given: pass
        ``None`` for no deadline)."""
        settings = self._settings
        policy = retry or settings.retry
        if max_retries is not None:
            policy = policy.with_max_retries(max_retries)
        if timeout is not None:
            settings = replace(
                settings, timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        if deadline is not KEEP:
            settings = replace(settings, deadline=_checked_deadline(cast(float | None, deadline)))
        return replace(settings, retry=policy, headers={**settings.headers, **_secret_values(headers)})

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

    def _body_problem(self, module: str, response: httpx.Response) -> str | None:
        """What breaks the spec in ``response``'s body (the last exchange's), a response of the generated operation
        ``module`` (None: it conforms, or the operation declares no JSON schema for its status)."""
        bound = self._binding.by_module.get(module)
        if bound is None:
            return None
        check = self._binding.validators(bound.operation).check(response.status_code)
        if check is None:
            return None
        try:
            body = response.json()
        except (ValueError, httpx.ResponseNotRead):  # not JSON: the generated code's parse error says so
            return None
        return check.problem(body)

    def _parse_failure(self, exc: Exception, module: str) -> LabSDKError | None:
        """The error to raise for an exception from a generated call (of the generated module ``module``), or None
        to let it through unchanged."""
        what = module.rsplit(".", 1)[-1]
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
        problem = self._body_problem(module, exchange[1])
        if problem is not None:
            return self._invalid(f"{what}: the response body does not match the spec: {problem}")
        return self._invalid(f"{what}: the response body does not match the spec ({type(exc).__name__}: {exc})")

    def _invalid(self, message: str) -> ResponseValidationError:
        exchange = last_exchange()
        if exchange is None:
            return ResponseValidationError(message)
        request, response = exchange
        secrets = self._secret_values()
        try:
            text = response.content.decode(response.encoding or "utf-8", errors="replace")
        except httpx.ResponseNotRead:  # a streamed answer (answering_raw) that was never read
            text = ""
        body = scrub(summarize_text(text), secrets)
        return ResponseValidationError(
            scrub(message, secrets),
            method=request.method,
            url=redact_url(request.url),
            status_code=response.status_code,
            body=body,
        )

    def _checked(self, response: DetailedResponse, expect: type[T], module: str) -> Result[T]:
        what = module.rsplit(".", 1)[-1]
        if self._strict is not None:
            self._strict.success(what)
        parsed = response.parsed
        exchange = last_exchange()
        problem = None
        if exchange is not None:
            problem = self._body_problem(module, exchange[1])
            release_json(exchange[1])
        if problem is not None:
            raise self._invalid(f"{what}: the response body does not match the spec: {problem}")
        if not isinstance(parsed, expect):
            raise self._invalid(f"{what}: expected {type_name(expect)}, got {type(parsed).__name__}")
        return Result(parsed, lowered_headers(response.headers), int(response.status_code))

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


class _ParsedJson:
    """``response.json`` of a body parsed once (keyword arguments parse it again, as httpx would). It holds the body,
    not the response: a response that referred to itself through its ``json`` would be a reference cycle, kept (with
    its parsed body) until the garbage collector ran, and a listing would then spend its time in the collector."""

    __slots__ = ("_content", "_value")

    def __init__(self, content: bytes, value: object) -> None:
        self._content, self._value = content, value

    def __call__(self, **kwargs: Any) -> Any:
        return json.loads(self._content, **kwargs) if kwargs else self._value


_UNPARSED = object()


def release_json(response: httpx.Response) -> None:
    """Forget the parsed body :func:`share_json` (and the retry loop's check) hung on ``response``, once the generated
    code and the validation have read it. httpx's response refers to itself through its stream (a reference cycle,
    freed only by the garbage collector): a parsed body left on it would live, page after page, until a collection,
    and the collector would spend a listing's time walking it. ``response.json()`` parses the body again after this."""
    response.extensions.pop(PARSED_JSON, None)
    response.__dict__.pop("json", None)


def share_json(response: httpx.Response) -> None:
    """Parse a 2xx JSON body once: the generated code's ``response.json()`` and the SDK's validation of it share the
    result (a body that is not JSON is left to the generated code, which raises as before)."""
    if not 200 <= response.status_code < 300:
        return
    ctype = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if ctype != "application/json" and not ctype.endswith("+json"):
        return
    value = response.extensions.get(PARSED_JSON, _UNPARSED)  # the retry loop's check parsed it already
    if value is _UNPARSED:
        try:
            value = json.loads(response.content)
        except (ValueError, RecursionError, httpx.ResponseNotRead):
            return
    object.__setattr__(response, "json", _ParsedJson(response.content, value))


def signed_target(dest_dir: Path, field: SignedUrlField, url: str) -> Path:
    """Where a declared signed-URL field is downloaded to in ``dest_dir``."""
    return dest_dir / (field.filename or filename_for({}, url))


_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")


def expand_path(op: Operation, values: tuple[object, ...]) -> str:
    """``op``'s path with its parameters (``values``, in the path's order) filled in and quoted, as the generated
    functions do."""
    names = _PATH_PARAMETER.findall(op.path)
    if len(names) != len(values):
        raise TypeError(f"{op.operation_id} takes {len(names)} path parameters ({', '.join(names)}), not {len(values)}")
    given = iter(values)
    return _PATH_PARAMETER.sub(lambda _: quote(str(next(given)), safe=""), op.path)


def signed_location(response: httpx.Response) -> str | None:
    """The absolute http(s) URL a redirect points at, or None when its ``Location`` is missing or unusable."""
    return location_url(response.headers, response.request.url)


def location_url(headers: httpx.Headers, base: httpx.URL) -> str | None:
    """The absolute http(s) URL of ``headers``' ``Location`` (relative to ``base``); None if missing or unusable."""
    location = headers.get("location")
    if not location:
        return None
    try:
        url = base.join(location)
    except httpx.InvalidURL:
        return None
    return str(url) if url.scheme in ("http", "https") and url.host else None
