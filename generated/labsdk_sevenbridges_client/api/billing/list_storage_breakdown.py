from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.storage_breakdown_list import StorageBreakdownList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    billing_group_id: UUID,
    *,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["invoice_id"] = invoice_id

    params["offset"] = offset

    params["limit"] = limit

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/groups/{billing_group_id}/breakdown/storage".format(
            billing_group_id=quote(str(billing_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StorageBreakdownList:
    if response.status_code == 200:
        response_200 = StorageBreakdownList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StorageBreakdownList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | StorageBreakdownList]:
    """What storing the billing group's projects' files costs, one item per project

     [inferred] Files on the Platform count as active storage (aliases of volume objects do not), at USD
    0.021 per GB and month.

    Args:
        billing_group_id (UUID):
        date_from (str | Unset): `MM-DD-YYYY`.
        date_to (str | Unset): `MM-DD-YYYY`.
        invoice_id (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorageBreakdownList]
    """

    kwargs = _get_kwargs(
        billing_group_id=billing_group_id,
        date_from=date_from,
        date_to=date_to,
        invoice_id=invoice_id,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | StorageBreakdownList | None:
    """What storing the billing group's projects' files costs, one item per project

     [inferred] Files on the Platform count as active storage (aliases of volume objects do not), at USD
    0.021 per GB and month.

    Args:
        billing_group_id (UUID):
        date_from (str | Unset): `MM-DD-YYYY`.
        date_to (str | Unset): `MM-DD-YYYY`.
        invoice_id (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorageBreakdownList
    """

    return sync_detailed(
        billing_group_id=billing_group_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
        invoice_id=invoice_id,
        offset=offset,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Response[Error | StorageBreakdownList]:
    """What storing the billing group's projects' files costs, one item per project

     [inferred] Files on the Platform count as active storage (aliases of volume objects do not), at USD
    0.021 per GB and month.

    Args:
        billing_group_id (UUID):
        date_from (str | Unset): `MM-DD-YYYY`.
        date_to (str | Unset): `MM-DD-YYYY`.
        invoice_id (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StorageBreakdownList]
    """

    kwargs = _get_kwargs(
        billing_group_id=billing_group_id,
        date_from=date_from,
        date_to=date_to,
        invoice_id=invoice_id,
        offset=offset,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_group_id: UUID,
    *,
    client: AuthenticatedClient,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    fields: str | Unset = UNSET,
) -> Error | StorageBreakdownList | None:
    """What storing the billing group's projects' files costs, one item per project

     [inferred] Files on the Platform count as active storage (aliases of volume objects do not), at USD
    0.021 per GB and month.

    Args:
        billing_group_id (UUID):
        date_from (str | Unset): `MM-DD-YYYY`.
        date_to (str | Unset): `MM-DD-YYYY`.
        invoice_id (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StorageBreakdownList
    """

    return (
        await asyncio_detailed(
            billing_group_id=billing_group_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            invoice_id=invoice_id,
            offset=offset,
            limit=limit,
            fields=fields,
        )
    ).parsed
