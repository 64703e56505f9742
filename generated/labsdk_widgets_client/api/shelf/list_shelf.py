from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_shelf_response_200 import ListShelfResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    shelf_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["shelfId"] = shelf_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shelf",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ListShelfResponse200:
    if response.status_code == 200:
        response_200 = ListShelfResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListShelfResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    shelf_id: str | Unset = UNSET,
) -> Response[Error | ListShelfResponse200]:
    """
    Args:
        limit (int | Unset):
        after (str | Unset):
        shelf_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListShelfResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        shelf_id=shelf_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    shelf_id: str | Unset = UNSET,
) -> Error | ListShelfResponse200 | None:
    """
    Args:
        limit (int | Unset):
        after (str | Unset):
        shelf_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListShelfResponse200
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        shelf_id=shelf_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    shelf_id: str | Unset = UNSET,
) -> Response[Error | ListShelfResponse200]:
    """
    Args:
        limit (int | Unset):
        after (str | Unset):
        shelf_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListShelfResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        shelf_id=shelf_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    shelf_id: str | Unset = UNSET,
) -> Error | ListShelfResponse200 | None:
    """
    Args:
        limit (int | Unset):
        after (str | Unset):
        shelf_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListShelfResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            shelf_id=shelf_id,
        )
    ).parsed
