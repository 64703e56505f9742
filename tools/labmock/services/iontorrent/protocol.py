"""How a Torrent Server authenticates and answers errors (TS ``authn.IonAuthentication`` + Tastypie 0.11.1).

- Credentials: ``Authorization: ApiKey <user>:<key>`` (scheme word case-insensitive), the ``?username=&api_key=``
  query form, or HTTP Basic (the mock has no passwords: the API key is the password). Otherwise 401 with an empty
  body and ``WWW-Authenticate: Basic Realm="Torrent Suite"``.
- Errors: 400 ``{"error": "<message>"}``; a plan that does not validate 400 ``{"error": {"<field>": [...]}}``,
  field by field, in TS's words; 404, 405, 413 and 429 empty; 5xx ``{"error_message": "Sorry, ..."}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from labspecs import ApiSpec

from ...core import ErrorBuilder, LabmockError, MockHTTPError, MockResponse, SchemeAuthenticator, json_response

CHALLENGE = ("www-authenticate", 'Basic Realm="Torrent Suite"')
HTML = ("content-type", "text/html; charset=utf-8")
SERVER_ERROR = "Sorry, this request could not be processed. Please try again later."
PATTERN_MESSAGE = (
    "should contain only letters [a-zA-Z], numbers [0-9], spaces [ ], and limited special characters: [.-_]"
)
SINGLE_MESSAGE_FIELDS = frozenset({"sample", "barcodedSamples"})  # TS sends one string for these, not a list
PLAN_SCHEMA = "PlannedExperimentCreate"


class TorrentAuthenticator(SchemeAuthenticator):
    """The spec's three forms of the demo (or ``--key``) ``user:key`` (the ApiKey header, Basic, the query pair),
    refused as TS refuses: a bare 401 with its Basic challenge."""

    def _reject(self, message: str) -> MockHTTPError:
        return MockHTTPError(401, "Unauthorized", [CHALLENGE])


def authenticator(spec: ApiSpec, key: str) -> TorrentAuthenticator:
    if spec.auth is None:
        raise LabmockError("iontorrent: the spec declares no security scheme")
    if ":" not in key:
        raise LabmockError("iontorrent: the key is a TS user and API key, 'user:key'")
    return TorrentAuthenticator.for_spec(spec, key)


def _field_message(name: str, error: Mapping[str, Any], fields: Mapping[str, Any]) -> str:
    keyword = error["keyword"]
    where = "/".join(str(part) for part in error["path"][1:])
    if where:
        missing = f"{error['property']} is required." if keyword == "required" else error["message"]
        return f" {name} {where}: {missing} "
    if keyword in ("required", "minLength", "minProperties"):
        return f" {name} is required. "
    if keyword == "maxLength":
        return f" {name} should be at most {fields.get(name, {}).get('maxLength')} characters long. "
    if keyword == "pattern":
        return f" {name} {PATTERN_MESSAGE} "
    if keyword == "anyOf":
        return " sample or barcodedSamples is required. "  # [inferred] TS's wording is not in the sources
    return f" {name}: {error['message']} "


def field_errors(errors: Sequence[Mapping[str, Any]], fields: Mapping[str, Any]) -> dict[str, Any] | None:
    """TS's validation body for the request-body errors the core found, or None when the body is not even an
    object (then the plain message is the answer)."""
    by_field: dict[str, list[str]] = {}
    for error in errors:
        path = error["path"]
        if path:
            name = str(path[0])
        elif error["keyword"] == "required" and error["property"]:
            name = str(error["property"])
        elif error["keyword"] == "anyOf":
            name = "sample"
        else:
            return None
        message = _field_message(name, error, fields)
        if message not in by_field.setdefault(name, []):
            by_field[name].append(message)
    return {name: "".join(msgs) if name in SINGLE_MESSAGE_FIELDS else msgs for name, msgs in by_field.items()}


def error_builder(spec: ApiSpec) -> ErrorBuilder:
    fields: Mapping[str, Any] = spec.document["components"]["schemas"][PLAN_SCHEMA]["properties"]

    def build(error: MockHTTPError) -> MockResponse:
        headers = list(error.headers)
        if error.status == 401:
            if not any(name.lower() == CHALLENGE[0] for name, _ in headers):
                headers.append(CHALLENGE)
            return MockResponse(401, [HTML, *headers], b"")
        if error.status >= 500:
            return json_response({"error_message": SERVER_ERROR}, error.status, headers)
        if error.status in (400, 415):
            errors = error.details.get("errors")
            by_field = field_errors(errors, fields) if errors else None
            return json_response({"error": by_field or error.message}, error.status, headers)
        return MockResponse(error.status, [HTML, *headers], b"")

    return build
