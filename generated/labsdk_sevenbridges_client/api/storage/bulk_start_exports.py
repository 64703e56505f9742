from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_bulk_create import ExportBulkCreate
from ...models.export_bulk_list import ExportBulkList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExportBulkCreate,
    copy_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["copy_only"] = copy_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk/storage/exports/create",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ExportBulkList:
    if response.status_code == 200:
        response_200 = ExportBulkList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ExportBulkList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportBulkCreate,
    copy_only: bool | Unset = UNSET,
) -> Response[Error | ExportBulkList]:
    """Start up to 100 exports at once

    Args:
        copy_only (bool | Unset):
        body (ExportBulkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportBulkList]
    """

    kwargs = _get_kwargs(
        body=body,
        copy_only=copy_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ExportBulkCreate,
    copy_only: bool | Unset = UNSET,
) -> Error | ExportBulkList | None:
    """Start up to 100 exports at once

    Args:
        copy_only (bool | Unset):
        body (ExportBulkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportBulkList
    """

    return sync_detailed(
        client=client,
        body=body,
        copy_only=copy_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportBulkCreate,
    copy_only: bool | Unset = UNSET,
) -> Response[Error | ExportBulkList]:
    """Start up to 100 exports at once

    Args:
        copy_only (bool | Unset):
        body (ExportBulkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportBulkList]
    """

    kwargs = _get_kwargs(
        body=body,
        copy_only=copy_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportBulkCreate,
    copy_only: bool | Unset = UNSET,
) -> Error | ExportBulkList | None:
    """Start up to 100 exports at once

    Args:
        copy_only (bool | Unset):
        body (ExportBulkCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportBulkList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            copy_only=copy_only,
        )
    ).parsed
