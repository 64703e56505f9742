"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class FieldDecodeError(ValueError):
    """A model's field whose JSON value its type cannot read (say, a date that is not ISO 8601), found when the field is
    first read: a model reads its dates, nested models, enums and unions from their JSON values on first access. The
    message names the model, the field and the type; ``value`` holds the JSON value (never in the message)."""

    def __init__(self, model: str, field: str, expected: str, reason: str, value: object) -> None:
        self.model = model
        self.field = field
        self.value = value
        super().__init__(f"{model}.{field}: its JSON value cannot be read as {expected} ({reason})")


class _Decoded:
    """A field read from its JSON value on first access. ``from_dict`` keeps the JSON value as ``_raw_<field>`` (an
    absent optional field keeps nothing and reads as ``UNSET``); the
    first read decodes it and stores the result as the field itself, which the instance then answers with (this is a
    non-data descriptor: an instance attribute of the same name wins, so later reads, and any value the constructor or
    an assignment set, never come here)."""

    __slots__ = ("decode", "expected", "name", "optional", "raw")

    def __init__(self, name: str, decode: Callable[[Any], object], expected: str, optional: bool) -> None:
        self.name = name
        self.raw = "_raw_" + name
        self.decode = decode
        self.expected = expected
        self.optional = optional

    def __get__(self, obj: object | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        state = obj.__dict__
        raw = state.get(self.raw, UNSET)
        if raw is UNSET:  # an optional field the JSON object did not have (from_dict keeps nothing for it)
            if not self.optional:
                raise AttributeError(f"{type(obj).__name__!r} object has no attribute {self.name!r}")
            value: object = UNSET
        else:
            try:
                value = self.decode(raw)
            except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
                reason = type(exc).__name__ + (f" {exc}" if isinstance(exc, KeyError) else "")
                raise FieldDecodeError(type(obj).__name__, self.name, self.expected, reason, raw) from None
        state[self.name] = value
        state.pop(self.raw, None)
        return value


def decoded_fields(cls: type, decoders: Mapping[str, tuple[Callable[[Any], object], str, bool]]) -> None:
    """Make each of ``cls``'s fields in ``decoders`` (name: its decoder, its type's name, whether it is optional) read
    on first access."""
    for name, (decode, expected, optional) in decoders.items():
        setattr(cls, name, _Decoded(name, decode, expected, optional))
    cls._decoded_fields_ = tuple(decoders)  # type: ignore[attr-defined]


def decode_all(value: object) -> None:
    """Read every field ``value`` (a model, or a list of them) reads on first access, at every depth. A union tells
    its members apart by trying each one's ``from_dict`` until one reads the JSON value: each try reads all of it, as
    before these fields were lazy (a field that cannot be read raises ``FieldDecodeError``, and the next member is
    tried)."""
    if isinstance(value, list):
        for item in value:
            decode_all(item)
        return
    for name in getattr(type(value), "_decoded_fields_", ()):
        decode_all(getattr(value, name))


__all__ = [
    "UNSET",
    "FieldDecodeError",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_all",
    "decoded_fields",
]
