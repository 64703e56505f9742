from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chip_list import ChipList
from ...models.chip_order_by import ChipOrderBy
from ...models.tastypie_error import TastypieError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ChipOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_istartswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    name_icontains: str | Unset = UNSET,
    name_in: list[str] | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    instrument_type: str | Unset = UNSET,
    instrument_type_in: list[str] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    slots: int | Unset = UNSET,
    slots_gte: int | Unset = UNSET,
    slots_lte: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = []
        for order_by_item_data in order_by:
            order_by_item = order_by_item_data.value
            json_order_by.append(order_by_item)

    params["order_by"] = json_order_by

    params["id"] = id

    json_id_in: list[int | str] | Unset = UNSET
    if not isinstance(id_in, Unset):
        json_id_in = []
        for id_in_item_data in id_in:
            id_in_item: int | str
            id_in_item = id_in_item_data
            json_id_in.append(id_in_item)

    params["id__in"] = json_id_in

    params["name"] = name

    params["name__iexact"] = name_iexact

    params["name__startswith"] = name_startswith

    params["name__istartswith"] = name_istartswith

    params["name__contains"] = name_contains

    params["name__icontains"] = name_icontains

    json_name_in: list[str] | Unset = UNSET
    if not isinstance(name_in, Unset):
        json_name_in = name_in

    params["name__in"] = json_name_in

    params["description"] = description

    params["description__startswith"] = description_startswith

    params["instrumentType"] = instrument_type

    json_instrument_type_in: list[str] | Unset = UNSET
    if not isinstance(instrument_type_in, Unset):
        json_instrument_type_in = instrument_type_in

    params["instrumentType__in"] = json_instrument_type_in

    params["isActive"] = is_active

    params["slots"] = slots

    params["slots__gte"] = slots_gte

    params["slots__lte"] = slots_lte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chip/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChipList | TastypieError:
    if response.status_code == 200:
        response_200 = ChipList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TastypieError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ChipList | TastypieError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ChipOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_istartswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    name_icontains: str | Unset = UNSET,
    name_in: list[str] | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    instrument_type: str | Unset = UNSET,
    instrument_type_in: list[str] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    slots: int | Unset = UNSET,
    slots_gte: int | Unset = UNSET,
    slots_lte: int | Unset = UNSET,
) -> Response[Any | ChipList | TastypieError]:
    """List chip types

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ChipOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        name_startswith (str | Unset):
        name_istartswith (str | Unset):
        name_contains (str | Unset):
        name_icontains (str | Unset):
        name_in (list[str] | Unset):
        description (str | Unset):
        description_startswith (str | Unset):
        instrument_type (str | Unset):
        instrument_type_in (list[str] | Unset):
        is_active (bool | Unset):
        slots (int | Unset):
        slots_gte (int | Unset):
        slots_lte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChipList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        name=name,
        name_iexact=name_iexact,
        name_startswith=name_startswith,
        name_istartswith=name_istartswith,
        name_contains=name_contains,
        name_icontains=name_icontains,
        name_in=name_in,
        description=description,
        description_startswith=description_startswith,
        instrument_type=instrument_type,
        instrument_type_in=instrument_type_in,
        is_active=is_active,
        slots=slots,
        slots_gte=slots_gte,
        slots_lte=slots_lte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ChipOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_istartswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    name_icontains: str | Unset = UNSET,
    name_in: list[str] | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    instrument_type: str | Unset = UNSET,
    instrument_type_in: list[str] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    slots: int | Unset = UNSET,
    slots_gte: int | Unset = UNSET,
    slots_lte: int | Unset = UNSET,
) -> Any | ChipList | TastypieError | None:
    """List chip types

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ChipOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        name_startswith (str | Unset):
        name_istartswith (str | Unset):
        name_contains (str | Unset):
        name_icontains (str | Unset):
        name_in (list[str] | Unset):
        description (str | Unset):
        description_startswith (str | Unset):
        instrument_type (str | Unset):
        instrument_type_in (list[str] | Unset):
        is_active (bool | Unset):
        slots (int | Unset):
        slots_gte (int | Unset):
        slots_lte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChipList | TastypieError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        name=name,
        name_iexact=name_iexact,
        name_startswith=name_startswith,
        name_istartswith=name_istartswith,
        name_contains=name_contains,
        name_icontains=name_icontains,
        name_in=name_in,
        description=description,
        description_startswith=description_startswith,
        instrument_type=instrument_type,
        instrument_type_in=instrument_type_in,
        is_active=is_active,
        slots=slots,
        slots_gte=slots_gte,
        slots_lte=slots_lte,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ChipOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_istartswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    name_icontains: str | Unset = UNSET,
    name_in: list[str] | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    instrument_type: str | Unset = UNSET,
    instrument_type_in: list[str] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    slots: int | Unset = UNSET,
    slots_gte: int | Unset = UNSET,
    slots_lte: int | Unset = UNSET,
) -> Response[Any | ChipList | TastypieError]:
    """List chip types

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ChipOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        name_startswith (str | Unset):
        name_istartswith (str | Unset):
        name_contains (str | Unset):
        name_icontains (str | Unset):
        name_in (list[str] | Unset):
        description (str | Unset):
        description_startswith (str | Unset):
        instrument_type (str | Unset):
        instrument_type_in (list[str] | Unset):
        is_active (bool | Unset):
        slots (int | Unset):
        slots_gte (int | Unset):
        slots_lte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChipList | TastypieError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        id=id,
        id_in=id_in,
        name=name,
        name_iexact=name_iexact,
        name_startswith=name_startswith,
        name_istartswith=name_istartswith,
        name_contains=name_contains,
        name_icontains=name_icontains,
        name_in=name_in,
        description=description,
        description_startswith=description_startswith,
        instrument_type=instrument_type,
        instrument_type_in=instrument_type_in,
        is_active=is_active,
        slots=slots,
        slots_gte=slots_gte,
        slots_lte=slots_lte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[ChipOrderBy] | Unset = UNSET,
    id: int | Unset = UNSET,
    id_in: list[int | str] | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_istartswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    name_icontains: str | Unset = UNSET,
    name_in: list[str] | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    instrument_type: str | Unset = UNSET,
    instrument_type_in: list[str] | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    slots: int | Unset = UNSET,
    slots_gte: int | Unset = UNSET,
    slots_lte: int | Unset = UNSET,
) -> Any | ChipList | TastypieError | None:
    """List chip types

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[ChipOrderBy] | Unset):
        id (int | Unset):
        id_in (list[int | str] | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        name_startswith (str | Unset):
        name_istartswith (str | Unset):
        name_contains (str | Unset):
        name_icontains (str | Unset):
        name_in (list[str] | Unset):
        description (str | Unset):
        description_startswith (str | Unset):
        instrument_type (str | Unset):
        instrument_type_in (list[str] | Unset):
        is_active (bool | Unset):
        slots (int | Unset):
        slots_gte (int | Unset):
        slots_lte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChipList | TastypieError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            id=id,
            id_in=id_in,
            name=name,
            name_iexact=name_iexact,
            name_startswith=name_startswith,
            name_istartswith=name_istartswith,
            name_contains=name_contains,
            name_icontains=name_icontains,
            name_in=name_in,
            description=description,
            description_startswith=description_startswith,
            instrument_type=instrument_type,
            instrument_type_in=instrument_type_in,
            is_active=is_active,
            slots=slots,
            slots_gte=slots_gte,
            slots_lte=slots_lte,
        )
    ).parsed
