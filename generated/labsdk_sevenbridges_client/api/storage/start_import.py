from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_ import Import
from ...models.import_create import ImportCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ImportCreate,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage/imports",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Import:
    if response.status_code == 200:
        response_200 = Import.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Import]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportCreate,
    fields: str | Unset = UNSET,
) -> Response[Error | Import]:
    """Import a file or a folder (a location ending in `/`) from a volume into a project

     The job goes PENDING → RUNNING → COMPLETED, and its `result` is the new file (an alias of the
    volume's
    object: its `storage` is `VOLUME`), or FAILED with an `error` (9105: nothing at that location; 9108:
    the name
    is taken). A name taken in the destination fails the import unless `overwrite` (the item is
    replaced) or
    `autorename` (the import is named `_1_<name>`, then `_2_`, ...); giving both is a 400.

    Args:
        fields (str | Unset):
        body (ImportCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Import]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ImportCreate,
    fields: str | Unset = UNSET,
) -> Error | Import | None:
    """Import a file or a folder (a location ending in `/`) from a volume into a project

     The job goes PENDING → RUNNING → COMPLETED, and its `result` is the new file (an alias of the
    volume's
    object: its `storage` is `VOLUME`), or FAILED with an `error` (9105: nothing at that location; 9108:
    the name
    is taken). A name taken in the destination fails the import unless `overwrite` (the item is
    replaced) or
    `autorename` (the import is named `_1_<name>`, then `_2_`, ...); giving both is a 400.

    Args:
        fields (str | Unset):
        body (ImportCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Import
    """

    return sync_detailed(
        client=client,
        body=body,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportCreate,
    fields: str | Unset = UNSET,
) -> Response[Error | Import]:
    """Import a file or a folder (a location ending in `/`) from a volume into a project

     The job goes PENDING → RUNNING → COMPLETED, and its `result` is the new file (an alias of the
    volume's
    object: its `storage` is `VOLUME`), or FAILED with an `error` (9105: nothing at that location; 9108:
    the name
    is taken). A name taken in the destination fails the import unless `overwrite` (the item is
    replaced) or
    `autorename` (the import is named `_1_<name>`, then `_2_`, ...); giving both is a 400.

    Args:
        fields (str | Unset):
        body (ImportCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Import]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImportCreate,
    fields: str | Unset = UNSET,
) -> Error | Import | None:
    """Import a file or a folder (a location ending in `/`) from a volume into a project

     The job goes PENDING → RUNNING → COMPLETED, and its `result` is the new file (an alias of the
    volume's
    object: its `storage` is `VOLUME`), or FAILED with an `error` (9105: nothing at that location; 9108:
    the name
    is taken). A name taken in the destination fails the import unless `overwrite` (the item is
    replaced) or
    `autorename` (the import is named `_1_<name>`, then `_2_`, ...); giving both is a 400.

    Args:
        fields (str | Unset):
        body (ImportCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Import
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
