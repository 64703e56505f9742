from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_parts_response_200 import ListPartsResponse200
from ...models.list_parts_sort_by import ListPartsSortBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    widget_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_by: ListPartsSortBy | Unset = ListPartsSortBy.ID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Limit"] = limit

    params["Offset"] = offset

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["SortBy"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/widgets/{widget_id}/parts".format(
            widget_id=quote(str(widget_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ListPartsResponse200:
    if response.status_code == 200:
        response_200 = ListPartsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListPartsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    widget_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_by: ListPartsSortBy | Unset = ListPartsSortBy.ID,
) -> Response[Error | ListPartsResponse200]:
    """
    Args:
        widget_id (str):
        limit (int | Unset):
        offset (int | Unset):
        sort_by (ListPartsSortBy | Unset):  Default: ListPartsSortBy.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPartsResponse200]
    """

    kwargs = _get_kwargs(
        widget_id=widget_id,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    widget_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_by: ListPartsSortBy | Unset = ListPartsSortBy.ID,
) -> Error | ListPartsResponse200 | None:
    """
    Args:
        widget_id (str):
        limit (int | Unset):
        offset (int | Unset):
        sort_by (ListPartsSortBy | Unset):  Default: ListPartsSortBy.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPartsResponse200
    """

    return sync_detailed(
        widget_id=widget_id,
        client=client,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    widget_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_by: ListPartsSortBy | Unset = ListPartsSortBy.ID,
) -> Response[Error | ListPartsResponse200]:
    """
    Args:
        widget_id (str):
        limit (int | Unset):
        offset (int | Unset):
        sort_by (ListPartsSortBy | Unset):  Default: ListPartsSortBy.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListPartsResponse200]
    """

    kwargs = _get_kwargs(
        widget_id=widget_id,
        limit=limit,
        offset=offset,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    widget_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    sort_by: ListPartsSortBy | Unset = ListPartsSortBy.ID,
) -> Error | ListPartsResponse200 | None:
    """
    Args:
        widget_id (str):
        limit (int | Unset):
        offset (int | Unset):
        sort_by (ListPartsSortBy | Unset):  Default: ListPartsSortBy.ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListPartsResponse200
    """

    return (
        await asyncio_detailed(
            widget_id=widget_id,
            client=client,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
        )
    ).parsed
