"""What both Ion Torrent Suite clients share: typed list arguments, filters, plans, URI following (no I/O)."""

from __future__ import annotations

import base64
import binascii
import datetime
import functools
import re
import typing
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any, ClassVar, Literal, Required, TypedDict, TypeVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx

from labsdk_iontorrent_client.models import (
    BarcodedSample,
    BarcodedSampleBarcodeSampleInfo,
    BarcodedSamples,
    BarcodeSampleInfo,
    PlannedExperimentCreate,
    Result,
)
from labsdk_iontorrent_client.types import UNSET, Unset
from labspecs import snake_case

from .._base import KEEP, _ClientCore, _Settings
from .._errors import BadRequestError, LabSDKError
from .._retry import RetryPolicy
from .._secrets import Secret
from .._spec import SpecBinding
from .._transport import same_origin

T = TypeVar("T")
CredentialForm = Literal["apikey", "basic", "query"]
CREDENTIAL_FORMS: tuple[CredentialForm, ...] = ("apikey", "basic", "query")
Ids = Sequence[int] | int | str  # one id, several, or "1,2,3"
Texts = Sequence[str] | str
Day = datetime.date | str  # a date, or ISO text ("2024-05-01")


# -- typed list arguments: paging options, and the field__op filters each list declares in the spec -------------


class ListOptions(TypedDict, total=False):
    """What every ``list_*`` method takes besides its filters."""

    order_by: str | Sequence[str]  # "name", "-date", or several keys
    page_size: int  # clamped to 1000 (Tastypie's max_limit); default 20
    max_items: int
    continuation_token: str  # a Page's token: resume after it
    concurrency: int  # > 1: fetch the remaining pages in parallel once the total is known


LIST_OPTIONS = frozenset(ListOptions.__annotations__)


class ChipFilters(ListOptions, total=False):
    id: int
    id__in: Ids
    name: str
    name__iexact: str
    name__startswith: str
    name__istartswith: str
    name__contains: str
    name__icontains: str
    name__in: Texts
    description: str
    description__startswith: str
    instrumentType: str
    instrumentType__in: Texts
    isActive: bool
    slots: int
    slots__gte: int
    slots__lte: int


class CompositeExperimentFilters(ListOptions, total=False):
    id: int
    id__in: Ids
    displayName: str
    displayName__startswith: str
    displayName__icontains: str
    expName: str
    expName__startswith: str
    chipType: str
    platform: str
    pgmName: str
    star: bool
    date__gte: Day
    date__lt: Day
    result_status: str


class CompositeResultFilters(ListOptions, total=False):
    id: int
    id__in: Ids
    resultsName: str
    resultsName__startswith: str
    status: str
    status__in: Texts
    representative: bool


class ResultFilters(ListOptions, total=False):
    id: int
    id__in: Ids
    id__gte: int
    id__lte: int
    resultsName: str
    resultsName__startswith: str
    resultsName__icontains: str
    status: str
    status__in: Texts
    status__startswith: str
    reportStatus: str
    representative: bool
    experiment: int
    timeStamp__gte: Day
    timeStamp__lt: Day
    plugin: bool
    noplugin: bool
    isThumbnail: str


class LibMetricsFilters(ListOptions, total=False):
    id: int
    id__in: Ids
    report: int
    totalNumReads__gte: int
    totalNumReads__lte: int
    genome: str
    genome__icontains: str


class ExperimentFilters(ListOptions, total=False):
    id: int
    id__in: Ids
    expName: str
    expName__startswith: str
    displayName__icontains: str
    chipType: str
    platform: str
    pgmName: str
    status: str
    status__in: Texts
    ftpStatus: str
    star: bool
    date__gte: Day
    date__lt: Day


class PlanFilters(ListOptions, total=False):
    id: int
    id__in: Ids
    planName: str
    planName__startswith: str
    planName__icontains: str
    planDisplayedName__icontains: str
    planShortID: str
    planStatus: str
    planStatus__in: Texts
    isReusable: bool
    isSystem: bool
    planExecuted: bool
    chipType: str
    sample: str
    barcodeId: str
    date__gte: Day
    date__lt: Day


FILTERS: Mapping[str, type] = {
    "listChips": ChipFilters,
    "listCompositeExperiments": CompositeExperimentFilters,
    "listCompositeResults": CompositeResultFilters,
    "listResults": ResultFilters,
    "listLibMetrics": LibMetricsFilters,
    "listExperiments": ExperimentFilters,
    "listPlannedExperiments": PlanFilters,
}
"""The typed arguments of each list operation: :class:`ListOptions` and the filters (a test checks they are exactly
the ones the spec declares)."""


# -- errors ----------------------------------------------------------------------------------------------------


class PlanValidationError(BadRequestError):
    """A plan the server refused, field by field: ``errors`` maps each field to its messages (TS pads them with
    spaces; here they are stripped). ``body`` is the server's ``{"error": {...}}``."""

    def __init__(self, source: BadRequestError, errors: dict[str, list[str]]) -> None:
        summary = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in errors.items())
        super().__init__(
            f"the plan did not validate ({summary})",
            status_code=source.status_code,
            body=source.body,
            method=source.method,
            url=source.url,
            request_id=source.request_id,
            headers=source.headers,
        )
        self.errors = errors


def _plan_error(exc: BadRequestError) -> BadRequestError:
    """A field-by-field 400 as a :class:`PlanValidationError`; any other 400 unchanged."""
    detail = exc.body.get("error") if isinstance(exc.body, dict) else None
    if not isinstance(detail, dict):
        return exc
    errors = {
        str(name): [str(m).strip() for m in (messages if isinstance(messages, list) else [messages])]
        for name, messages in detail.items()
    }
    return PlanValidationError(exc, errors)


# -- what both clients share (no I/O) -------------------------------------------------------------------------


def _members(hint: object) -> list[object]:
    return [arg for arg in typing.get_args(hint) or (hint,) if arg is not Unset and arg is not type(None)]


def _scalar(hint: object, value: object, name: str) -> object:
    if isinstance(hint, type) and issubclass(hint, Enum) and not isinstance(value, hint):
        try:
            return hint(value)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in hint)
            raise ValueError(f"{name}={value!r} is not one of: {allowed}") from None
    if hint is datetime.date and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if hint is datetime.date and isinstance(value, datetime.datetime):
        return value.date()
    return value


def _param(hint: object, value: object, name: str) -> object:
    """A user's filter value as the generated parameter's type: an enum member for a declared enumeration, a list
    for a repeatable parameter (one value, or several: ``id__in=[1, 2]``), a date from ``"2024-05-01"``."""
    for member in _members(hint):
        if typing.get_origin(member) is list:
            (item,) = typing.get_args(member)
            values = (
                [value] if isinstance(value, str | bytes | int | Enum) or not isinstance(value, Sequence) else value
            )
            return [_scalar(item, v, name) for v in values]
    members = _members(hint)
    return _scalar(members[0], value, name) if len(members) == 1 else value


@functools.cache
def _hints(fn: Callable[..., object]) -> dict[str, object]:
    return typing.get_type_hints(fn)


@functools.cache
def _resource_routes(binding: SpecBinding) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``/<resource>/{id}/`` GET operations as (path regex, operationId), to follow resource URIs."""
    routes = []
    for op in binding.spec.operations.values():
        if op.method == "get" and op.path.count("{") == 1 and op.path.endswith("{id}/"):
            routes.append(
                (re.compile(re.escape(op.path).replace(re.escape("{id}"), "([0-9]+)") + "$"), op.operation_id)
            )
    return tuple(routes)


# -- the credential: Torrent Suite takes `user:key` in three forms -----------------------------------------------

_TWICE = (
    "the Ion Torrent credential is given twice, differently (api_key=, an Authorization header in headers=, "
    "?username=&api_key= in base_url): give it once"
)


def _from_authorization(value: str) -> tuple[str, CredentialForm]:
    """The ``user:key`` of an ``Authorization`` header the caller passes, and its form."""
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() == "apikey" and rest.strip():
        return rest.strip(), "apikey"
    if scheme.lower() == "basic" and rest.strip():
        try:
            pair = base64.b64decode(rest.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise LabSDKError("the Authorization header's Basic credentials are not base64 of 'user:key'") from None
        if ":" in pair:
            return pair, "basic"
        raise LabSDKError("the Authorization header's Basic credentials are not 'user:key'")
    raise LabSDKError("an Authorization header for Ion Torrent must be 'ApiKey <user>:<key>' or 'Basic <base64>'")


def _from_base_url(base_url: str) -> tuple[str, str | None]:
    """``base_url`` without its ``?username=&api_key=`` query, and the ``user:key`` it carried (if any)."""
    parts = urlsplit(base_url)
    if not parts.query:
        return base_url, None
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    found = {name: value for name, value in pairs if name in ("username", "api_key")}
    others = sorted({name for name, _ in pairs} - {"username", "api_key"})
    if others:  # names only: a value may be a secret
        raise LabSDKError(f"base_url may carry only ?username=&api_key= in its query, not {', '.join(others)}")
    if not (found.get("username") and found.get("api_key")):
        raise LabSDKError("base_url's query needs both username= and api_key= (the query credential form)")
    bare = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return bare, f"{found['username']}:{found['api_key']}"


def credential_inputs(
    api_key: str | None,
    base_url: str | None,
    headers: Mapping[str, str] | None,
    form: CredentialForm | None,
) -> tuple[str | None, str | None, dict[str, str] | None, CredentialForm]:
    """The client's key, bare base URL, headers (without the credential) and credential form, from what the caller
    gave: ``api_key=``, an ``Authorization`` header (honoured, sent as given, never replaced), or ``base_url``'s
    ``?username=&api_key=`` (taken out of the URL, sent in the query form). The same credential twice, in different
    forms or values, is an error; so is ``credential_form=`` contradicting the form the credential came in."""
    if form is not None and form not in CREDENTIAL_FORMS:
        raise LabSDKError(f"credential_form must be one of {', '.join(CREDENTIAL_FORMS)}, not {str(form)[:20]!r}")
    given: list[tuple[str, CredentialForm | None]] = []
    if base_url:
        base_url, from_url = _from_base_url(base_url)
        if from_url is not None:
            given.append((from_url, "query"))
    kept = dict(headers) if headers is not None else None
    for name in [n for n in kept or {} if n.lower() == "authorization"]:
        assert kept is not None
        given.append(_from_authorization(kept.pop(name)))
    if api_key is not None:
        given.append((api_key, None))
    if len({key for key, _ in given}) > 1:
        raise LabSDKError(_TWICE)
    implied = {came for _, came in given if came is not None}
    if len(implied) > 1:
        raise LabSDKError(_TWICE)
    came_as = implied.pop() if implied else None
    if form is not None and came_as is not None and form != came_as:
        raise LabSDKError(f"credential_form={form!r}, but the credential was given in the {came_as} form")
    return (given[0][0] if given else None), base_url, kept, form or came_as or "apikey"


class _Torrent(_ClientCore):
    """What both clients share: the API's names, the credential's forms, and argument handling (no I/O)."""

    API: ClassVar[str] = "iontorrent"
    ENV_VAR: ClassVar[str] = "IONTORRENT_API_KEY"
    BASE_URL_ENV_VAR: ClassVar[str | None] = "IONTORRENT_BASE_URL"

    _form: CredentialForm = "apikey"

    @property
    def credential_form(self) -> CredentialForm:
        """How the credential travels: ``apikey`` (``Authorization: ApiKey user:key``), ``basic`` or ``query``."""
        return self._form

    def _user_and_key(self) -> tuple[str, str]:
        user, colon, key = str.__str__(self._settings.api_key).partition(":")
        if not (user and colon and key):
            raise LabSDKError(f"the Ion Torrent credential is '<user>:<key>' (for credential_form={self._form!r})")
        return user, key

    def _credential(self) -> tuple[str, Secret]:
        if self._form == "apikey":
            return "Authorization", Secret(f"ApiKey {str.__str__(self._settings.api_key)}")
        user, key = self._user_and_key()
        if self._form == "basic":
            return "Authorization", Secret("Basic " + base64.b64encode(f"{user}:{key}".encode()).decode())
        return "Authorization", Secret("")  # the query form: no credential header at all

    def _credential_query(self) -> Mapping[str, str]:
        if self._form != "query":
            return {}
        user, key = self._user_and_key()
        return {"username": user, "api_key": Secret(key)}  # the key is the secret (scrubbed), the user name is not

    def _derived_settings(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
        deadline: float | object | None = KEEP,
    ) -> _Settings:
        if any(name.lower() == "authorization" for name in headers or {}):
            raise LabSDKError("with_options(headers=) cannot change the credential; make a new client for another one")
        return super()._derived_settings(timeout, max_retries, retry, headers, deadline)

    def _list_args(self, operation_id: str, query: Mapping[str, Any]) -> dict[str, Any]:
        """``_paged``'s keyword arguments for a ``list_*`` call: the paging options as they are, and the Tastypie-named
        filters (``name__startswith``) and ``order_by`` as the generated operation's parameters."""
        hints = _hints(self._binding.op(operation_id).sync_detailed)
        out: dict[str, Any] = {k: v for k, v in query.items() if k in LIST_OPTIONS and k != "order_by"}
        out.setdefault("page_size", None)
        out.setdefault("max_items", None)
        out.setdefault("continuation_token", None)
        for name, value in query.items():
            if value is None or (name in LIST_OPTIONS and name != "order_by"):
                continue
            kwarg = snake_case(name)
            if kwarg not in hints or kwarg in ("limit", "offset", "client"):
                declared = sorted(set(FILTERS[operation_id].__annotations__) - LIST_OPTIONS)
                raise TypeError(f"{operation_id} has no filter {name!r}; declared: {', '.join(declared)}")
            out[kwarg] = _param(hints[kwarg], value, name)
        return out

    def _target(self, uri: str, expect: type) -> tuple[str, int]:
        """The (operationId, id) a resource URI points at; refuses a URI of another server, or of another type."""
        try:
            parts = urlsplit(uri)
            elsewhere = bool(parts.scheme or parts.netloc) and not same_origin(httpx.URL(uri), httpx.URL(self.base_url))
        except (ValueError, httpx.InvalidURL):
            raise LabSDKError(f"{uri!r} is not a URL") from None
        if elsewhere:
            raise LabSDKError(f"{uri!r} is not on this server ({self.base_url}); not following it")
        base_path = urlsplit(self.base_url).path.rstrip("/")
        path = parts.path
        if path.startswith(base_path + "/"):
            for pattern, operation_id in _resource_routes(self._binding):
                found = pattern.fullmatch(path[len(base_path) :])
                if not found:
                    continue
                model = self._binding.op(operation_id).success_model
                if model is not expect:
                    shown = model.__name__ if model else "nothing"
                    raise TypeError(f"{uri!r} points at a {shown}, not a {expect.__name__}")
                return operation_id, int(found.group(1))
        raise LabSDKError(f"{uri!r} is not a resource URI this client can follow ({base_path}/<resource>/<id>/)")

    def _schema_operation(self, resource: str) -> str:
        for op in self._binding.spec.operations.values():
            if op.method == "get" and op.path == f"/{resource}/schema/":
                return op.operation_id
        raise LabSDKError(f"no resource {resource!r}; the spec has no /{resource}/schema/")


class _PlanInputs(TypedDict, total=False):
    chip_type: Required[str]  # a chip name or description, e.g. "520"
    templating_kit_name: Required[str]
    library: str  # the reference, e.g. "hg19"
    sequencekitname: str
    librarykitname: str
    notes: str


class RunInputs(_PlanInputs, total=False):
    """A non-barcoded run: one sample."""

    sample: Required[str]


class BarcodedRunInputs(_PlanInputs, total=False):
    """A barcoded run: the barcode kit, and per sample its barcodes and what each holds."""

    barcode_id: Required[str]
    samples: Required[Mapping[str, Mapping[str, BarcodeSampleInfo]]]
    sample: str


def _or_unset(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def _barcoded(samples: Mapping[str, Mapping[str, BarcodeSampleInfo]]) -> BarcodedSamples:
    out = BarcodedSamples()
    for sample, barcodes in samples.items():
        info = BarcodedSampleBarcodeSampleInfo()
        info.additional_properties = dict(barcodes)
        out.additional_properties[sample] = BarcodedSample(barcodes=list(barcodes), barcode_sample_info=info)
    return out


def plan(
    plan_name: str,
    *,
    chip_type: str,
    templating_kit_name: str,
    sample: str | None = None,
    library: str | None = None,
    sequencekitname: str | None = None,
    librarykitname: str | None = None,
    barcode_id: str | None = None,
    samples: Mapping[str, Mapping[str, BarcodeSampleInfo]] | None = None,
    notes: str | None = None,
) -> PlannedExperimentCreate:
    """The body of a run plan: non-barcoded with ``sample``, barcoded with ``barcode_id`` and ``samples`` (sample
    name → {barcode: :class:`BarcodeSampleInfo`})."""
    if sample is None and not samples:
        raise ValueError("a run plan needs a sample, or barcoded samples")
    return PlannedExperimentCreate(
        plan_name=plan_name,
        chip_type=chip_type,
        templating_kit_name=templating_kit_name,
        sample=_or_unset(sample),
        library=_or_unset(library),
        sequencekitname=_or_unset(sequencekitname),
        librarykitname=_or_unset(librarykitname),
        barcode_id=_or_unset(barcode_id),
        barcoded_samples=_barcoded(samples) if samples else UNSET,
        notes=_or_unset(notes),
    )


def _uris(value: list[str] | Unset) -> list[str]:
    return [] if isinstance(value, Unset) else value


def plugin_states(report: Result) -> dict[str, str]:
    """A report's plugin name → state (``"Completed"``, ``"Error"``, ...), in the server's order; empty for a report
    listed without them (``pluginState`` is a detail field; lists add it with ``plugin=True``)."""
    states = report.plugin_state
    return (
        {} if isinstance(states, Unset) else {name: str(state) for name, state in states.additional_properties.items()}
    )
