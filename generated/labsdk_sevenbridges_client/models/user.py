from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole
from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="User")


@_attrs_define(slots=False)
class User:
    """
    Attributes:
        href (str):
        username (str):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        affiliation (str | Unset):
        phone (str | Unset):
        address (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country (str | Unset):
        zip_code (str | Unset):
        role (str | Unset | UserRole):
        tags (list[UserTag] | Unset):
    """

    href: str
    username: str
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    affiliation: str | Unset = UNSET
    phone: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    role: str | Unset | UserRole = UNSET
    tags: list[UserTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        username = self.username

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        affiliation = self.affiliation

        phone = self.phone

        address = self.address

        city = self.city

        state = self.state

        country = self.country

        zip_code = self.zip_code

        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRole):
            role = self.role.value
        else:
            role = self.role

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "username": username,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if affiliation is not UNSET:
            field_dict["affiliation"] = affiliation
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if role is not UNSET:
            field_dict["role"] = role
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.username = d.pop("username")

        _made.email = d.pop("email", UNSET)

        _made.first_name = d.pop("first_name", UNSET)

        _made.last_name = d.pop("last_name", UNSET)

        _made.affiliation = d.pop("affiliation", UNSET)

        _made.phone = d.pop("phone", UNSET)

        _made.address = d.pop("address", UNSET)

        _made.city = d.pop("city", UNSET)

        _made.state = d.pop("state", UNSET)

        _made.country = d.pop("country", UNSET)

        _made.zip_code = d.pop("zip_code", UNSET)

        if "role" in d:
            _raw._raw_role = d.pop("role")

        if "tags" in d:
            _raw._raw_tags = d.pop("tags")

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


def _decode_role(_json_value_: Any) -> str | Unset | UserRole:
    def _parse_role(data: object) -> str | Unset | UserRole:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            role_type_0 = UserRole(data)

            return role_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(str | Unset | UserRole, data)

    role = _parse_role(_json_value_)

    return role


def _decode_tags(_json_value_: Any) -> list[UserTag] | Unset:
    _tags = _json_value_
    tags: list[UserTag] | Unset = UNSET
    if _tags is not UNSET:
        tags = [UserTag.from_dict(tags_item_data) for tags_item_data in _tags]

    return tags


decoded_fields(
    User,
    {
        "role": (_decode_role, "str | UserRole", True),
        "tags": (_decode_tags, "list[UserTag]", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.user_tag import UserTag
