from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.error_content import ErrorContent


T = TypeVar("T", bound="Error")


@_attrs_define(slots=False)
class Error:
    """The official client's error envelope: `error` names the error (the client raises `ObjectNotFoundError`,
    `Redirect`, `NonCSVFileError`, `InvalidStagedFileError` by it, whatever the status), `content` is its
    body: a message, or an object (`ObjectNotFoundError`: `{objectName, id}`; `InvalidStagedFileError`:
    `{message}`).

        Attributes:
            error (str): The error's name (`ObjectNotFoundError`, ...).
            content (ErrorContent | None | str | Unset): The error's body; absent for `Redirect`.
    """

    error: str
    content: ErrorContent | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_content import ErrorContent  # noqa: PLC0415

        error = self.error

        content: dict[str, Any] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, ErrorContent):
            content = self.content.to_dict()
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.error = d.pop("error")

        if "content" in d:
            _raw._raw_content = d.pop("content")

        _made.additional_properties = d
        return _made

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_content(_json_value_: Any) -> ErrorContent | None | str | Unset:
    def _parse_content(data: object) -> ErrorContent | None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            content_type_1 = ErrorContent.from_dict(data)

            decode_all(content_type_1)
            return content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ErrorContent | None | str | Unset, data)

    content = _parse_content(_json_value_)

    return content


decoded_fields(
    Error,
    {
        "content": (_decode_content, "ErrorContent | None | str", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.error_content import ErrorContent
