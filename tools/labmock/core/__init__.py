"""The shared core every mocked API reuses; a service folder only adds its state and handlers."""

from .auth import Authenticator, SchemeAuthenticator
from .config import FAULT_KINDS, MockConfig, parse_faults
from .errors import (
    ErrorBuilder,
    LabmockError,
    MockHTTPError,
    ResponseContractError,
    clip,
    json_error_builder,
    lookup,
)
from .forms import FilePart, Form
from .jobs import Job, JobClock, JobView
from .messages import Headers, MockRequest, MockResponse, json_response
from .objects import ObjectStore, StoredObject
from .paging import ServedPage, page_body, page_response, paginate
from .server import MockServer
from .service import Call, Handlers, Hooks, Service, ServiceContext
from .store import Collection, Record, ResourceStore, StoreObjects
from .validation import form_bytes

__all__ = [
    "FAULT_KINDS",
    "Authenticator",
    "Call",
    "Collection",
    "ErrorBuilder",
    "FilePart",
    "Form",
    "Handlers",
    "Headers",
    "Hooks",
    "Job",
    "JobClock",
    "JobView",
    "LabmockError",
    "MockConfig",
    "MockHTTPError",
    "MockRequest",
    "MockResponse",
    "MockServer",
    "ObjectStore",
    "Record",
    "ResourceStore",
    "ResponseContractError",
    "SchemeAuthenticator",
    "ServedPage",
    "Service",
    "ServiceContext",
    "StoreObjects",
    "StoredObject",
    "clip",
    "form_bytes",
    "json_error_builder",
    "json_response",
    "lookup",
    "page_body",
    "page_response",
    "paginate",
    "parse_faults",
]
