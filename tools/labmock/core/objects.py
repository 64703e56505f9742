"""The signed-URL object store: what ``x-signed-url`` properties point at.

URLs look like ``{origin}{base_path}/_labmock/objects/{key}?expires=<unix>&signature=<hex>``, where the
signature is an HMAC-SHA256 of the path and the expiry. Like S3, the store answers a bad signature or an
expired URL with 403 and an XML error, serves ``Range`` requests (206, 416), and refuses (400) a request
that also carries the API's credentials: a signed URL must be fetched without them.

Upload URLs (:meth:`ObjectStore.upload_url`, for multipart upload parts) are signed for ``PUT`` instead: a PUT
with such a signature stores the body at the key and answers 200 with the object's ``ETag``, like an S3 part
upload; a download URL still refuses PUT (405). A key takes uploads from its first upload URL until it is deleted
(:meth:`ObjectStore.delete`, :meth:`ObjectStore.delete_prefix`: an aborted or completed upload), after which a PUT
is S3's 404 ``NoSuchUpload`` and stores nothing.

Presigned POST forms (:meth:`ObjectStore.post_form`, S3's browser-upload form) take a ``multipart/form-data`` POST
to the store's root: the form carries the ``key``, a base64 JSON ``policy`` (its ``expiration`` and ``conditions``:
the exact key, a ``content-length-range``), its HMAC ``x-amz-signature`` and the file as the part ``file``. A good
form stores the file at the key (its part's content type and file name) and answers 204; a bad or missing signature
is 403 ``SignatureDoesNotMatch``, an expired policy or a field that breaks a condition 403 ``AccessDenied``, a file
outside the length range 400 ``EntityTooLarge`` / ``EntityTooSmall``, no file 400 ``InvalidArgument``. Only the
signed policy authorizes a form: API credentials are not needed, and they authorize nothing (they are ignored: the
vendor's official client sends its custom HTTP client's default headers, a Bearer key included, with the form).

A stored object's file name is served as RFC 6266 says: ``filename="..."`` (an ASCII fallback) and, when the name
needs it (quotes, backslashes, control or non-ASCII characters), ``filename*=UTF-8''<percent-encoded>``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape

from .errors import LabmockError
from .forms import FormError, parse_multipart
from .messages import MockRequest, MockResponse, SpanResponse

OBJECTS_SEGMENT = "/_labmock/objects/"

_RANGE = re.compile(r"bytes=(\d*)-(\d*)", re.ASCII)


@dataclass(frozen=True, slots=True)
class StoredObject:
    key: str
    content: bytes
    media_type: str
    filename: str | None
    etag: str


class ObjectStore:
    """In-memory objects by key, served at ``prefix`` (``{base_path}/_labmock/objects/``) via signed URLs."""

    def __init__(
        self,
        prefix: str,
        expiry: int = 3600,
        *,
        credential_headers: Iterable[str] = ("authorization",),
        credential_params: Iterable[str] = (),
        secret: bytes | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.prefix = prefix
        self.expiry = expiry
        self.now = now
        self._secret = secret or secrets.token_bytes(32)
        self._objects: dict[str, StoredObject] = {}
        self._paths: dict[str, str] = {}
        self._open: set[str] = set()  # keys an upload URL was signed for, taking PUTs until deleted
        self._credential_headers = tuple({h.lower() for h in credential_headers} | {"authorization"})
        self._credential_params = tuple(credential_params)

    # -- content ------------------------------------------------------------------------------------------

    def put(self, key: str, content: bytes, media_type: str, filename: str | None = None) -> StoredObject:
        etag = '"' + hashlib.sha256(content).hexdigest()[:32] + '"'
        stored = StoredObject(key, content, media_type, filename, etag)
        self._objects[key] = stored
        return stored

    def get(self, key: str) -> StoredObject | None:
        return self._objects.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._objects

    def stored_keys(self) -> list[str]:
        """The keys of the stored objects, in the order they were stored."""
        return list(self._objects)

    def __len__(self) -> int:
        return len(self._objects)

    @property
    def total_bytes(self) -> int:
        """The bytes the store holds (what its objects keep in memory)."""
        return sum(len(stored.content) for stored in self._objects.values())

    def url(self, origin: str, key: str, expires_in: float | None = None) -> str:
        """A signed URL for ``key`` on ``origin`` (the scheme and host the client used), valid ``expires_in`` s."""
        path = self._paths.get(key)
        if path is None:
            path = self._paths[key] = self.prefix + quote(key, safe="/")
        expires = int(self.now() + (self.expiry if expires_in is None else expires_in))
        return f"{origin}{path}?expires={expires}&signature={self._sign(path, expires)}"

    def upload_url(self, origin: str, key: str, expires_in: float | None = None) -> str:
        """A signed URL to ``PUT`` the content of ``key`` to (an upload part), valid ``expires_in`` seconds; the key
        takes uploads until it is deleted."""
        self._open.add(key)
        path = self.prefix + quote(key, safe="/")
        expires = int(self.now() + (self.expiry if expires_in is None else expires_in))
        return f"{origin}{path}?expires={expires}&signature={self._sign(path, expires, 'PUT')}"

    def post_form(
        self, origin: str, key: str, *, max_bytes: int, expires_in: float | None = None
    ) -> tuple[str, dict[str, str]]:
        """An S3-style presigned POST for ``key`` (at most ``max_bytes``): the URL to POST the form to and the fields
        to send with the file part ``file``, valid ``expires_in`` seconds. No credential is needed nor accepted."""
        expires = int(self.now() + (self.expiry if expires_in is None else expires_in))
        expiration = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expires))
        conditions: list[Any] = [{"key": key}, ["content-length-range", 0, max_bytes]]
        document = json.dumps({"expiration": expiration, "conditions": conditions}, separators=(",", ":"))
        policy = base64.b64encode(document.encode()).decode("ascii")
        fields = {
            "key": key,
            "policy": policy,
            "x-amz-algorithm": "LABMOCK-HMAC-SHA256",
            "x-amz-signature": self._sign_policy(policy),
        }
        return origin + self.prefix, fields

    def _sign_policy(self, policy: str) -> str:
        return hmac.digest(self._secret, f"POST\n{policy}".encode(), "sha256").hex()

    def _form_upload(self, request: MockRequest) -> MockResponse:
        """A presigned POST (:meth:`post_form`): the file stored and 204, or S3's error."""
        if request.path != self.prefix:
            return s3_error(405, "MethodNotAllowed", "The specified method is not allowed.", [("allow", "GET, HEAD")])
        try:
            form = parse_multipart(request.body, request.headers.get("content-type") or "")
        except FormError as exc:
            return s3_error(400, "MalformedPOSTRequest", f"The body of your POST request is not multipart: {exc}")
        policy, signature = form.text("policy"), form.text("x-amz-signature")
        if not policy or not signature:
            return s3_error(403, "AccessDenied", "Bucket POST must contain the fields policy and x-amz-signature.")
        expected = self._sign_policy(policy).encode()
        if not hmac.compare_digest(expected, signature.lower().encode("utf-8", "replace")):
            return s3_error(
                403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature."
            )
        document = json.loads(base64.b64decode(policy))  # signed by this store: well-formed
        if time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.now())) > document["expiration"]:
            return s3_error(403, "AccessDenied", "Invalid according to Policy: Policy expired.")
        upload = form.file("file")
        if upload is None or len(form.files.get("file", [])) != 1:
            return s3_error(400, "InvalidArgument", "POST requires exactly one file upload per request (field file).")
        key = ""
        for condition in document["conditions"]:
            if isinstance(condition, dict):
                for name, value in condition.items():
                    if form.text(name) != value:
                        return s3_error(
                            403,
                            "AccessDenied",
                            f'Invalid according to Policy: Policy Condition failed: ["eq", "${name}", "{value}"]',
                        )
                    key = value if name == "key" else key
            elif condition[0] == "content-length-range":
                low, high = condition[1], condition[2]
                if len(upload.data) > high:
                    return s3_error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.")
                if len(upload.data) < low:
                    return s3_error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum size.")
        self.put(key, upload.data, upload.content_type or "application/octet-stream", upload.filename or None)
        return MockResponse(204, [("content-length", "0")], b"")

    def delete(self, key: str) -> None:
        """Drop the object at ``key``; the key takes no more uploads."""
        self._objects.pop(key, None)
        self._paths.pop(key, None)
        self._open.discard(key)

    def delete_prefix(self, prefix: str) -> None:
        """Drop every object (and upload) whose key starts with ``prefix``."""
        for key in [k for k in (*self._objects, *self._open) if k.startswith(prefix)]:
            self.delete(key)

    # -- snapshots ----------------------------------------------------------------------------------------

    def empty_copy(self) -> ObjectStore:
        """A store with no objects, the same prefix, expiry, credential rules and signing secret (so the URLs this
        one signed stay valid on it)."""
        return ObjectStore(
            self.prefix,
            self.expiry,
            credential_headers=self._credential_headers,
            credential_params=self._credential_params,
            secret=self._secret,
            now=self.now,
        )

    def dump(self) -> list[dict[str, Any]]:
        """Every object as JSON (content base64-encoded), then ``{"upload": key}`` for each key still taking upload
        PUTs (an upload in progress), for a snapshot."""
        dumped: list[dict[str, Any]] = [
            {
                "key": o.key,
                "media_type": o.media_type,
                "filename": o.filename,
                "content": base64.b64encode(o.content).decode("ascii"),
            }
            for o in self._objects.values()
        ]
        dumped += [{"upload": key} for key in sorted(self._open)]
        return dumped

    def load(self, dumped: Any) -> None:
        """Store the objects of :meth:`dump` (each checked first: nothing is stored if one is bad)."""
        if not isinstance(dumped, list):
            raise LabmockError("objects must be a list of {key, media_type, filename, content}")
        parsed: list[tuple[str, bytes, str, str | None]] = []
        uploads: list[str] = []
        for index, item in enumerate(dumped):
            if isinstance(item, Mapping) and list(item) == ["upload"]:
                if not isinstance(item["upload"], str) or not item["upload"]:
                    raise LabmockError(f"objects[{index}]: upload is a key (a string)")
                uploads.append(item["upload"])
                continue
            fields = ("key", "media_type", "filename", "content")
            if not isinstance(item, Mapping) or sorted(item) != sorted(fields):
                raise LabmockError(f"objects[{index}] must have exactly {', '.join(fields)} (or be {{upload: key}})")
            key, media_type, filename, content = (item[f] for f in fields)
            if not isinstance(key, str) or not key or not isinstance(media_type, str):
                raise LabmockError(f"objects[{index}]: key and media_type are strings")
            if filename is not None and not isinstance(filename, str):
                raise LabmockError(f"objects[{index}]: filename is a string or null")
            try:
                data = base64.b64decode(content, validate=True) if isinstance(content, str) else None
            except binascii.Error:
                data = None
            if data is None:
                raise LabmockError(f"objects[{index}]: content must be base64")
            parsed.append((key, data, media_type, filename))
        for key, data, media_type, filename in parsed:
            self.put(key, data, media_type, filename)
        self._open.update(uploads)

    def matches(self, path: str) -> bool:
        return path.startswith(self.prefix)

    # -- serving ------------------------------------------------------------------------------------------

    def authorize(self, request: MockRequest) -> StoredObject | MockResponse:
        """The object a request may read, or the error response (credentials, method, signature, expiry). A
        presigned POST form is answered whole (its policy authorizes it; see :meth:`_form_upload`)."""
        if request.method == "POST":
            return self._form_upload(request)
        if any(name in request.headers for name in self._credential_headers) or any(
            name in request.query_params for name in self._credential_params
        ):
            return s3_error(
                400,
                "InvalidArgument",
                "Only one auth mechanism allowed: a signed URL must be requested without API credentials "
                "(drop the API key / Authorization header).",
            )
        key = unquote(request.path[len(self.prefix) :])
        upload = self._signed(request, "PUT") if request.method == "PUT" else None
        if upload is not None:
            if not upload:
                return s3_error(403, "AccessDenied", "Request has expired.")
            if key not in self._open:
                return s3_error(
                    404,
                    "NoSuchUpload",
                    "The specified upload does not exist: it may have been aborted or completed.",
                )
            return StoredObject(key, b"", "", None, "")  # an upload: respond() stores the body
        if request.method not in ("GET", "HEAD"):
            return s3_error(405, "MethodNotAllowed", "The specified method is not allowed.", [("allow", "GET, HEAD")])
        params = request.query_params
        if not (params.get("expires") or [""])[0] or not (params.get("signature") or [""])[0]:
            return s3_error(403, "AccessDenied", "Query-string authentication requires expires and signature.")
        signed = self._signed(request, "GET")
        if signed is None:
            return s3_error(
                403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature."
            )
        if signed is False:
            return s3_error(403, "AccessDenied", "Request has expired.")
        stored = self._objects.get(key)
        if stored is None:
            return s3_error(404, "NoSuchKey", "The specified key does not exist.")
        return stored

    def _signed(self, request: MockRequest, method: str) -> bool | None:
        """Whether the URL is signed for ``method``: ``True`` and current, ``False`` and expired, ``None`` if not."""
        params = request.query_params
        expires_raw = (params.get("expires") or [""])[0]
        signature = (params.get("signature") or [""])[0]
        valid_number = expires_raw.isascii() and expires_raw.isdigit() and len(expires_raw) <= 12
        expires = int(expires_raw) if valid_number else -1
        expected = self._sign(request.path, expires, method).encode()
        if expires < 0 or not hmac.compare_digest(expected, signature.lower().encode("utf-8", "replace")):
            return None
        return self.now() <= expires

    def respond(self, request: MockRequest, stored: StoredObject) -> MockResponse:
        """The object, whole (200) or the requested byte range (206); 416 when the range cannot be met. For an
        upload (a PUT on an upload URL), the body is stored and its ``ETag`` answered."""
        if request.method == "PUT":
            media_type = request.headers.get("content-type") or "application/octet-stream"
            uploaded = self.put(stored.key, request.body, media_type)
            return MockResponse(200, [("etag", uploaded.etag), ("content-length", "0")], b"")
        size = len(stored.content)
        headers = [
            ("content-type", stored.media_type),
            ("accept-ranges", "bytes"),
            ("etag", stored.etag),
            ("cache-control", "private, max-age=0"),
        ]
        if stored.filename:
            headers.append(("content-disposition", content_disposition(stored.filename)))
        range_header = request.headers.get("range")
        wanted = None if range_header is None else _parse_range(range_header.strip(), size)
        if isinstance(wanted, str):  # unsatisfiable
            return s3_error(
                416, "InvalidRange", "The requested range is not satisfiable", [("content-range", f"bytes */{size}")]
            )
        head = request.method == "HEAD"
        if wanted is None:
            headers.append(("content-length", str(size)))
            return MockResponse(200, headers, b"" if head else stored.content)
        first, last = wanted
        headers += [("content-range", f"bytes {first}-{last}/{size}"), ("content-length", str(last + 1 - first))]
        # A view of the object, so serving a range copies none of it
        return SpanResponse(206, headers, memoryview(stored.content)[first : last + 1 if not head else first])

    def _sign(self, path: str, expires: int, method: str = "GET") -> str:
        message = f"{path}\n{expires}" if method == "GET" else f"{method}\n{path}\n{expires}"
        return hmac.digest(self._secret, message.encode(), "sha256").hex()


def content_disposition(filename: str) -> str:
    """``attachment`` with ``filename`` as RFC 6266 sends any name: a quoted ASCII fallback (quotes, backslashes,
    control and non-ASCII characters made ``_``), and ``filename*`` (UTF-8, percent-encoded) when that lost anything."""
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\' else "_" for ch in filename)
    if fallback == filename:
        return f'attachment; filename="{filename}"'
    encoded = quote(filename.encode("utf-8", "replace"), safe="")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"


def s3_error(status: int, code: str, message: str, headers: Iterable[tuple[str, str]] = ()) -> MockResponse:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{escape(code)}</Code><Message>{escape(message)}</Message></Error>"
    ).encode()
    return MockResponse(status, [("content-type", "application/xml"), *headers], body)


def _parse_range(header: str, size: int) -> tuple[int, int] | str | None:
    """``(first, last)`` inclusive, ``"unsatisfiable"``, or ``None`` to ignore the header (malformed, multi)."""
    found = _RANGE.fullmatch(header)
    if found is None:
        return None
    start, end = found.groups()
    if not start and not end:
        return None
    if not start:
        suffix = int(end)
        if suffix == 0 or size == 0:
            return "unsatisfiable"
        return max(size - suffix, 0), size - 1
    first = int(start)
    last = int(end) if end else size - 1
    if end and last < first:
        return None
    if first >= size:
        return "unsatisfiable"
    return first, min(last, size - 1)
