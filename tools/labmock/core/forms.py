"""Synchronous form bodies: ``multipart/form-data`` (python-multipart) and ``application/x-www-form-urlencoded``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from python_multipart.multipart import MultipartParser, parse_options_header

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks


class FormError(ValueError):
    """The body is not a well-formed form."""


@dataclass(frozen=True, slots=True)
class FilePart:
    filename: str | None
    content_type: str
    data: bytes


@dataclass(slots=True)
class Form:
    """A parsed form: text fields and file parts, each name holding its values in order."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, list[FilePart]] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[0] if values else None

    def file(self, name: str) -> FilePart | None:
        parts = self.files.get(name)
        return parts[0] if parts else None

    def names(self) -> set[str]:
        return set(self.fields) | set(self.files)


def parse_urlencoded(body: bytes) -> Form:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise FormError("the form body is not UTF-8") from None
    form = Form()
    for name, value in parse_qsl(text, keep_blank_values=True):
        form.fields.setdefault(name, []).append(value)
    return form


def parse_multipart(body: bytes, content_type: str) -> Form:
    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if not boundary:
        raise FormError("multipart/form-data needs a boundary parameter")
    return _MultipartReader(boundary).read(body)


class _MultipartReader:
    def __init__(self, boundary: bytes) -> None:
        self.boundary = boundary
        self.form = Form()
        self.headers: dict[bytes, bytes] = {}
        self.header_field = b""
        self.header_value = b""
        self.data = bytearray()
        self.ended = False

    def read(self, body: bytes) -> Form:
        callbacks: MultipartCallbacks = {
            "on_part_begin": self._part_begin,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
            "on_header_field": self._header_field,
            "on_header_value": self._header_value,
            "on_header_end": self._header_end,
            "on_end": self._end,
        }
        try:
            parser = MultipartParser(self.boundary, callbacks)
            parser.write(body)
            parser.finalize()
        except FormError:
            raise
        except Exception as exc:  # python-multipart raises several error types for malformed input
            raise FormError(f"malformed multipart body: {exc}") from None
        if not self.ended:
            raise FormError("malformed multipart body: no closing boundary")
        return self.form

    def _part_begin(self) -> None:
        self.headers = {}
        self.data = bytearray()

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        self.data += data[start:end]

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def _header_end(self) -> None:
        self.headers[self.header_field.lower()] = self.header_value
        self.header_field = b""
        self.header_value = b""

    def _part_end(self) -> None:
        disposition, options = parse_options_header(self.headers.get(b"content-disposition", b""))
        if disposition != b"form-data" or b"name" not in options:
            raise FormError("a multipart part lacks Content-Disposition: form-data; name=...")
        name = options[b"name"].decode("utf-8", "replace")
        if b"filename" in options:
            part = FilePart(
                filename=options[b"filename"].decode("utf-8", "replace"),
                content_type=self.headers.get(b"content-type", b"application/octet-stream").decode("latin-1"),
                data=bytes(self.data),
            )
            self.form.files.setdefault(name, []).append(part)
        else:
            try:
                value = self.data.decode("utf-8")
            except UnicodeDecodeError:
                raise FormError(f"form field {name!r} is not UTF-8") from None
            self.form.fields.setdefault(name, []).append(value)

    def _end(self) -> None:
        self.ended = True
